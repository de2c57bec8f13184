#!/usr/bin/env bash
# Side-by-side throughput of Strata and PostGraphile 4 on the same database and machine, in one run.
#
# Usage: bench/bench.sh [STRATA_URL] [REFERENCE_URL]
#   STRATA_URL     default http://127.0.0.1:9080/graphql (start it with the README's run command)
#   REFERENCE_URL  default http://127.0.0.1:5051/graphql (PostGraphile 4 from ../shared/reference, started
#                  against Strata's embedded database, e.g.
#                  run-postgraphile.sh v4 5051 postgres://forum_example_postgraphile:xyz@127.0.0.1:54329/forum)
# Environment: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 8), BENCH_THREADS (default 2),
#              BENCH_CASES (default: every bench/*.json), BENCH_TOKEN (a bearer token sent with each request).
# Needs wrk (Debian package `wrk`). Absolute numbers on shared machines swing a lot: compare the ratio.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
strata="${1:-http://127.0.0.1:9080/graphql}"
reference="${2:-http://127.0.0.1:5051/graphql}"
seconds="${BENCH_SECONDS:-10}" connections="${BENCH_CONNECTIONS:-8}" threads="${BENCH_THREADS:-2}"
command -v wrk >/dev/null || { echo "bench.sh: wrk is not installed (apt-get install wrk)" >&2; exit 2; }

requests_per_second() {
  BENCH_BODY="$2" wrk -t"$threads" -c"$connections" -d"$seconds"s -s "$here/post.lua" "$1" \
    | awk '/Requests\/sec/ {print $2}'
}

printf '| case | Strata req/s | PostGraphile 4 req/s | ratio |\n|---|---:|---:|---:|\n'
for body in ${BENCH_CASES:-"$here"/*.json}; do
  name="$(basename "$body" .json)"
  # warm both up (JIT, plan caches, connection pools) before measuring
  BENCH_BODY="$body" wrk -t1 -c2 -d3s -s "$here/post.lua" "$strata" >/dev/null 2>&1
  BENCH_BODY="$body" wrk -t1 -c2 -d3s -s "$here/post.lua" "$reference" >/dev/null 2>&1
  ours="$(requests_per_second "$strata" "$body")"
  theirs="$(requests_per_second "$reference" "$body")"
  ratio="$(awk -v a="$ours" -v b="$theirs" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')"
  printf '| %s | %s | %s | %s× |\n' "$name" "$ours" "$theirs" "$ratio"
done
