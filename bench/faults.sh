#!/usr/bin/env bash
# Faults of issue #15, against a Strata server whose strata.db.url is a PostgreSQL this script may stop and start
# (pg_ctl on PGDATA, run as PG_USER).
#  1. restart: FAULT_WRITERS (8) writers (writer.py) for FAULT_SECONDS (30); PostgreSQL is stopped (fast) at +8 s
#     and started again FAULT_DOWN (5) seconds later. Prints the answers by status while it was down, the seconds
#     from its start to the first acknowledged write after it, and acknowledged writes vs rows present (lost:
#     acknowledged but absent).
#  2. down at start (SERVER_CMD set: the command that starts the server, e.g. `target/liberty/wlp/bin/server
#     start strata`, and SERVER_STOP the one that stops it): PostgreSQL stopped, the server started; /health/ready
#     and a query are asked; PostgreSQL started; seconds until the query is answered.
# Usage: bench/faults.sh   Environment: STRATA_URL [http://127.0.0.1:9320/graphql]  PGDATA (required)
#   PG_CTL [pg_ctl]  PG_USER [postgres]  PG_OPTIONS (pg_ctl -o, e.g. "-p 54320")  DB_ADMIN_URL
#   [postgres://postgres@127.0.0.1:54320/forum]  SERVER_CMD, SERVER_STOP (step 2 only when set)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
url="${STRATA_URL:-http://127.0.0.1:9320/graphql}"
base="${url%/graphql}"
admin_url="${DB_ADMIN_URL:-postgres://postgres@127.0.0.1:54320/forum}"
pg_ctl="${PG_CTL:-pg_ctl}" pg_user="${PG_USER:-postgres}"
: "${PGDATA:?PGDATA: the data directory of the PostgreSQL behind Strata}"
writers="${FAULT_WRITERS:-8}" seconds="${FAULT_SECONDS:-30}" down="${FAULT_DOWN:-5}"
pg() { su "$pg_user" -s /bin/bash -c "$pg_ctl -D $PGDATA -o '${PG_OPTIONS:-}' -l $PGDATA/../faults-pg.log -w $1" >/dev/null; }
now() { date +%s.%N; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

run="fault$(date +%s)"
echo "1. PostgreSQL restarted under write load: $writers writers, ${seconds}s, $(date -u '+%F %H:%M:%S UTC')"
start="$(now)"
"$here/writer.py" "$url" "$("$here/token.sh")" "$run" "$seconds" "$writers" "$log" "$start" &
writer=$!
sleep 8
stopped="$(awk -v s="$start" -v n="$(now)" 'BEGIN { printf "%.2f", n - s }')"
pg "stop -m fast"
sleep "$down"
pg start
up="$(awk -v s="$start" -v n="$(now)" 'BEGIN { printf "%.2f", n - s }')"
wait "$writer"
echo "stopped at +${stopped}s, started again at +${up}s"
echo "answers while it was down or starting (status, acknowledged, message): "
awk -F'\t' -v a="$stopped" -v b="$up" '$1 >= a && $1 < b { print "  " $2 " " $3 ($3 == "ack" ? "" : " " $4) }' "$log" \
  | sort | uniq -c
echo "every failed answer (status, message), sent when:"
awk -F'\t' '$3 != "ack" { print "  " $2 " " $4 }' "$log" | sort | uniq -c
awk -F'\t' '$3 != "ack" { if (!first) first = $1; last = $1 } END { printf "  from +%ss to +%ss\n", first, last }' "$log"
awk -F'\t' -v b="$up" '$1 >= b && $3 == "ack" { printf "first acknowledged write %.2f s after PostgreSQL was up\n", $1 - b; exit }' "$log"
acked="$(awk -F'\t' '$3 == "ack"' "$log" | wc -l)"
failed="$(awk -F'\t' '$3 != "ack"' "$log" | wc -l)"
present="$(psql -qAt "$admin_url" -c "select count(*) from forum_example.post where headline like '$run-%'")"
lost="$(awk -F'\t' '$3 == "ack" { print $4 }' "$log" | sort >"$log.acked"; psql -qAt "$admin_url" -c \
  "select headline from forum_example.post where headline like '$run-%'" | sort | comm -23 "$log.acked" - | wc -l)"
echo "writes: $((acked + failed)) answered, $acked acknowledged, $failed failed; rows present: $present; lost: $lost"
echo "5xx answers other than 503: $(awk -F'\t' '$2 >= 500 && $2 != 503' "$log" | wc -l)"
rm -f "$log.acked"
psql -qAt "$admin_url" -c "delete from forum_example.post where headline like '$run-%'" >/dev/null

if [ -n "${SERVER_CMD:-}" ]; then
  echo "2. PostgreSQL down at server start"
  $SERVER_STOP >/dev/null 2>&1 || true
  pg "stop -m fast"
  $SERVER_CMD >/dev/null
  # until the application is deployed (before, Liberty answers 404 and /health/ready has no checks)
  for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" != 404 ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" != 000 ] && break
    sleep 1
  done
  echo "  /health/ready: $(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready") $(curl -s "$base/health/ready" | head -c 300)"
  echo "  query: $(curl -s -w ' %{http_code}' -H 'content-type: application/json' -d '{"query":"{ postById(id: 1) { id } }"}' "$url")"
  pg start
  started="$(now)"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' -d '{"query":"{ postById(id: 1) { id } }"}' "$url")" = 200 ]; do sleep 0.2; done
  echo "  answered $(awk -v s="$started" -v n="$(now)" 'BEGIN { printf "%.2f", n - s }') s after PostgreSQL started: $(curl -s -H 'content-type: application/json' -d '{"query":"{ postById(id: 1) { id } }"}' "$url")"
  echo "  /health/ready: $(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")"
fi
