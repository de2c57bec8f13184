#!/usr/bin/env bash
# Load of issue #15: LOAD_SECONDS (60) at LOAD_CONNECTIONS (64) connections of mixed reads and writes (mixed.lua:
# four reads, createPost and updatePersonById, each request with person 1's token from token.sh), against a
# running Strata. Prints requests, errors (any answer but a 200 without errors; wrk waits 30 s for each), the server's RSS every 10 s,
# and, once the load is over, the login role's connections in PostgreSQL by state (the pool back to idle: none
# active, none idle in transaction). Deletes the posts it wrote.
# Usage: bench/load.sh   Environment: STRATA_URL [http://127.0.0.1:9320/graphql]
#   DB_ADMIN_URL [postgres://postgres@127.0.0.1:54320/forum]  LOAD_SECONDS [60]  LOAD_CONNECTIONS [64]
#   LOAD_THREADS [2]   Needs wrk, ss, psql.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
url="${STRATA_URL:-http://127.0.0.1:9320/graphql}"
admin_url="${DB_ADMIN_URL:-postgres://postgres@127.0.0.1:54320/forum}"
seconds="${LOAD_SECONDS:-60}" connections="${LOAD_CONNECTIONS:-64}" threads="${LOAD_THREADS:-2}"
port="${url#*://}"; port="${port%%/*}"; port="${port##*:}"
pid="$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status"; }
errors="$(mktemp)"
trap 'rm -f "$errors"' EXIT

echo "load: wrk -t$threads -c$connections -d${seconds}s, mixed.lua, $(date -u '+%F %H:%M:%S UTC'), server pid $pid"
echo "RSS MiB before: $(rss)"
( for _ in $(seq 1 $((seconds / 10))); do sleep 10; echo "RSS MiB at +$((SECONDS))s: $(rss)"; done ) &
sampler=$!
BENCH_TOKEN="$("$here/token.sh")" wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 30s --latency -s "$here/mixed.lua" \
  "$url" 2>"$errors" | grep -E 'requests in|Requests/sec|Latency|50%|99%|Socket errors|Non-2xx'
wait "$sampler" || true
echo "errors: $(wc -l <"$errors")"
sort "$errors" | uniq -c | sort -rn | head -5
sleep 2
echo "RSS MiB after: $(rss)"
echo "connections of the login role by state, 2 s after the load:"
psql -qAt "$admin_url" -c "select coalesce(state, '?') || ': ' || count(*) from pg_stat_activity
  where usename = 'forum_example_postgraphile' group by state order by state"
psql -qAt "$admin_url" -c "delete from forum_example.post where headline = 'load'" >/dev/null
