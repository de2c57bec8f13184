#!/usr/bin/env bash
# Records PostGraphile 4's answer for src/test/resources/golden-jwt-claims/ (ClaimSettingsAsPostGraphile4Test):
# signs payload.json as it is (HS256, the tutorial's secret) and asks query.graphql of PostGraphile 4 run over the
# forum database with the schema claims_test (the test creates the same function claims_test.claim(name)).
# Usage: bench/record-jwt-claims.sh URL   e.g. http://127.0.0.1:5051/graphql
#   (../shared/reference/run-postgraphile.sh v4 5051 postgres://...forum forum_example,claims_test)
set -euo pipefail
golden="$(cd "$(dirname "${BASH_SOURCE[0]}")/../src/test/resources/golden-jwt-claims" && pwd)"
secret="${STRATA_JWT_SECRET:-keyboard_kitten}"
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header="$(printf '{"alg":"HS256","typ":"JWT"}' | b64)"
payload="$(tr -d '\n' <"$golden/payload.json" | b64)"
signature="$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$secret" -binary | b64)"
jq -n --rawfile q "$golden/query.graphql" '{query: $q}' \
  | curl -sf "$1" -H 'content-type: application/json' -H "authorization: Bearer $header.$payload.$signature" -d @- \
  | jq . >"$golden/postgraphile4.json"
