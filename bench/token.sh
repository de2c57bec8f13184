#!/usr/bin/env bash
# Prints an HS256 JWT for bench.sh's BENCH_TOKEN: person 1 of the forum demo as forum_example_person,
# signed with the tutorial's secret (override with STRATA_JWT_SECRET), valid for one hour.
set -euo pipefail
secret="${STRATA_JWT_SECRET:-keyboard_kitten}"
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now="$(date +%s)"
header="$(printf '{"alg":"HS256","typ":"JWT"}' | b64)"
payload="$(printf '{"role":"forum_example_person","person_id":1,"aud":"postgraphile","iss":"postgraphile","iat":%s,"exp":%s}' \
  "$now" "$((now + 3600))" | b64)"
signature="$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$secret" -binary | b64)"
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
