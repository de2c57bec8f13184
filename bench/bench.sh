#!/usr/bin/env bash
# Strata, PostGraphile 4 and PostGraphile 5 side by side, one after another on the same database, in one run.
#
# Usage: bench/bench.sh
#   One command: unless Strata already answers at STRATA_URL, the script builds and starts it on its embedded
#   database (`mvn -DskipTests package liberty:run` with HTTP_PORT and STRATA_EMBEDDED_PORT taken from STRATA_URL
#   and DB_URL); it starts PostGraphile 4 and 5 from ../shared/reference against Strata's database (unless
#   something already listens on their ports), and stops what it started.
# Environment (defaults in brackets):
#   STRATA_URL [http://127.0.0.1:9320/graphql]   DB_URL [postgres://forum_example_postgraphile:xyz@127.0.0.1:54320/forum]
#   DB_ADMIN_URL [postgres://postgres@127.0.0.1:54320/forum] (the table owner: creates an index on post.author_id,
#   without which PostGraphile 5 has no postsByAuthorId: it exposes relations over indexed columns only)
#   V4_PORT [5321]  V5_PORT [5322]  REFERENCE [../shared/reference from the repository]
#   BENCH_SECONDS [10]  BENCH_WARMUP [5]  BENCH_CONNECTIONS [8]  BENCH_THREADS [2]
#   BENCH_PREWARM [5]: before any measurement every server runs every case this many seconds, so no server's JIT
#   (the JVM's, V8's) is still compiling during the first cases
#   BENCH_CASES [bench/cases/*.json]
# A case is bench/cases/NAME.json (Strata and PostGraphile 4), bench/cases/v5/NAME.json when PostGraphile 5's
# names differ; NAME.jwt.json is sent with a person's token (bench/token.sh). createPost inserts rows (headline
# 'Benchmark'), which the 100-row page that follows it reads; the next run deletes them first.
# Prints one markdown table: per case and server requests/s, p50 and p99 latency, the server process's CPU time
# per request (user + system, from /proc/PID/stat; PostgreSQL's own CPU is not in it), the process's peak RSS so
# far (VmHWM) and its throughput relative to the better of the two others.
# Needs wrk (Debian package `wrk`) and ss. Only ratios within one run mean anything on a shared machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
strata_url="${STRATA_URL:-http://127.0.0.1:9320/graphql}"
db_url="${DB_URL:-postgres://forum_example_postgraphile:xyz@127.0.0.1:54320/forum}"
v4_port="${V4_PORT:-5321}" v5_port="${V5_PORT:-5322}"
reference="${REFERENCE:-$here/../../shared/reference}"
seconds="${BENCH_SECONDS:-10}" warmup="${BENCH_WARMUP:-5}"
connections="${BENCH_CONNECTIONS:-8}" threads="${BENCH_THREADS:-2}"
admin_url="${DB_ADMIN_URL:-postgres://postgres@127.0.0.1:54320/forum}"
for tool in wrk ss curl psql; do
  command -v "$tool" >/dev/null || { echo "bench.sh: $tool is not installed (apt-get install $tool)" >&2; exit 2; }
done

started=() strata_started=false
cleanup() {
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ "$strata_started" = true ]; then (cd "$here/.." && mvn -q liberty:stop >/dev/null 2>&1) || true; fi
}
trap cleanup EXIT

port_of() { local rest="${1#*://}"; rest="${rest%%/*}"; echo "${rest##*:}"; }
pid_on() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
answers() { curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{__typename}"}' "$1"; }

start_reference() { # version port
  if [ -z "$(pid_on "$2")" ]; then
    "$reference/run-postgraphile.sh" "$1" "$2" "$db_url" >"/tmp/bench-postgraphile-$1.log" 2>&1 &
    started+=("$!")
  fi
  for _ in $(seq 1 60); do answers "http://127.0.0.1:$2/graphql" && return; sleep 1; done
  echo "bench.sh: PostGraphile $1 did not answer on port $2 (log: /tmp/bench-postgraphile-$1.log)" >&2; exit 1
}

start_strata() {
  answers "$strata_url" && return
  (cd "$here/.." && HTTP_PORT="$(port_of "$strata_url")" STRATA_EMBEDDED_PORT="$(port_of "$db_url")" \
    mvn -q -DskipTests package liberty:run) >/tmp/bench-strata.log 2>&1 &
  started+=("$!") strata_started=true
  for _ in $(seq 1 600); do answers "$strata_url" && return; sleep 1; done
  echo "bench.sh: Strata did not answer at $strata_url (log: /tmp/bench-strata.log)" >&2; exit 1
}

start_strata
# Every measurement starts from the same rows: createPost's rows (of earlier runs, of the warm-up) would slow the
# relation cases, and so would their dead tuples until autovacuum came by.
reset_rows() {
  psql -q "$admin_url" -c 'set client_min_messages = warning' \
    -c 'create index if not exists post_author_id_index on forum_example.post (author_id)' \
    -c "delete from forum_example.post where headline = 'Benchmark'" -c 'vacuum analyze forum_example.post'
}
reset_rows
start_reference v4 "$v4_port"
start_reference v5 "$v5_port"
names=(Strata "PostGraphile 4" "PostGraphile 5")
urls=("$strata_url" "http://127.0.0.1:$v4_port/graphql" "http://127.0.0.1:$v5_port/graphql")
pids=("$(pid_on "$(port_of "$strata_url")")" "$(pid_on "$v4_port")" "$(pid_on "$v5_port")")
token="$("$here/token.sh")"
ticks="$(getconf CLK_TCK)"

cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
peak_rss_mib() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }

# measure URL BODY TOKEN PID -> "req/s p50 p99 cpu_ms_per_request"
measure() {
  BENCH_BODY="$2" BENCH_TOKEN="$3" wrk -t1 -c2 -d"$warmup"s -s "$here/post.lua" "$1" >/dev/null 2>&1
  local before after out
  before="$(cpu_ticks "$4")"
  out="$(BENCH_BODY="$2" BENCH_TOKEN="$3" wrk -t"$threads" -c"$connections" -d"$seconds"s --latency \
    -s "$here/post.lua" "$1" 2>/tmp/bench-wrk-errors.log)"
  after="$(cpu_ticks "$4")"
  local rps requests p50 p99
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  requests="$(awk '/requests in/ {print $1}' <<<"$out")"
  p50="$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")"
  p99="$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")"
  if [ -s /tmp/bench-wrk-errors.log ]; then
    echo "bench.sh: unexpected answers from $1: $(head -c 300 /tmp/bench-wrk-errors.log)" >&2
  fi
  awk -v r="$rps" -v p="$p50" -v q="$p99" -v t="$((after - before))" -v n="$requests" -v hz="$ticks" \
    'BEGIN { printf "%s %s %s %.2f", r, p, q, (n > 0 ? t * 1000 / hz / n : 0) }'
}

# case_file CASE SERVER_INDEX: PostGraphile 5's spelling of the case where it has one
case_file() {
  local v5="$(dirname "$1")/v5/$(basename "$1")"
  if [ "$2" = 2 ] && [ -f "$v5" ]; then echo "$v5"; else echo "$1"; fi
}
case_token() { if [[ "$(basename "$1" .json)" == *.jwt ]]; then echo "$token"; fi; }

prewarm="${BENCH_PREWARM:-5}"
if [ "$prewarm" -gt 0 ]; then
  for body in ${BENCH_CASES:-"$here"/cases/*.json}; do
    for i in 0 1 2; do
      BENCH_BODY="$(case_file "$body" "$i")" BENCH_TOKEN="$(case_token "$body")" \
        wrk -t1 -c2 -d"$prewarm"s -s "$here/post.lua" "${urls[$i]}" >/dev/null 2>&1
    done
  done
  reset_rows
fi

echo "wrk -t$threads -c$connections -d${seconds}s after ${warmup}s of warm-up per server and case; $(date -u '+%F %H:%M UTC')"
echo
printf '| case | server | req/s | p50 ms | p99 ms | CPU ms/req | peak RSS MiB | ÷ better other |\n'
printf '|---|---|---:|---:|---:|---:|---:|---:|\n'
for body in ${BENCH_CASES:-"$here"/cases/*.json}; do
  name="$(basename "$body" .json)"
  results=()
  for i in 0 1 2; do
    results+=("$(measure "${urls[$i]}" "$(case_file "$body" "$i")" "$(case_token "$body")" "${pids[$i]}")")
  done
  for i in 0 1 2; do
    read -r rps p50 p99 cpu <<<"${results[$i]}"
    others=()
    for j in 0 1 2; do [ "$j" = "$i" ] || others+=("$(cut -d' ' -f1 <<<"${results[$j]}")"); done
    ratio="$(awk -v a="$rps" -v b="${others[0]}" -v c="${others[1]}" \
      'BEGIN { m = (b > c ? b : c); if (m > 0) printf "%.2f×", a / m; else print "n/a" }')"
    printf '| %s | %s | %.0f | %s | %s | %s | %s | %s |\n' "${name#*-}" "${names[$i]}" "$rps" "$p50" "$p99" "$cpu" \
      "$(peak_rss_mib "${pids[$i]}")" "$ratio"
  done
done
