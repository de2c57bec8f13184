#!/usr/bin/env bash
# Strata at scale, without an application server: introspection and schema build of 1 000 generated tables, and
# cursor pagination over 1 000 000 rows (page 1 against page 10 000, with and without totalCount).
#
# Usage: bench/scale.sh   (after `mvn -DskipTests package`, with a PostgreSQL to write to)
# Environment (defaults in brackets):
#   DB_ADMIN_URL [postgres://postgres@127.0.0.1:54320/postgres] a superuser connection (the embedded database of
#   `HTTP_PORT=9320 STRATA_EMBEDDED_PORT=54320 mvn -DskipTests package liberty:run`); the script (re)creates the
#   database strata_scale there and drops it at the end unless SCALE_KEEP=true.
#   SCALE_TABLES [1000]  SCALE_ROWS [1000000]
#   SCALE_SHAPE [tree] how the tables reference each other: tree (from t0010 on, table i references table i / 10:
#   three levels deep) or chain (from t0002 on, table i references table i - 1: a path as long as the schema)
# Prints each of five schema builds (the first in a cold JVM) and the mean time of a page through the whole
# executor (graphql-java, SQL, JSON) over 300 requests.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
admin_url="${DB_ADMIN_URL:-postgres://postgres@127.0.0.1:54320/postgres}"
tables="${SCALE_TABLES:-1000}" rows="${SCALE_ROWS:-1000000}" shape="${SCALE_SHAPE:-tree}"
case "$shape" in
  tree) first_child=10 parent='i / 10' ;;
  chain) first_child=2 parent='i - 1' ;;
  *) echo "SCALE_SHAPE must be tree or chain, not $shape" >&2; exit 2 ;;
esac
scale_url="${admin_url%/*}/strata_scale"

psql -q "$admin_url" -c 'drop database if exists strata_scale' -c 'create database strata_scale'
[ "${SCALE_KEEP:-false}" = true ] || trap 'psql -q "$admin_url" -c "drop database if exists strata_scale"' EXIT
# Table t0001 .. tNNNN: a primary key, four columns of common types, a comment, and a foreign key (a relation each
# way, with an index) to its parent table: i / 10 from t0010 on (tree) or i - 1 from t0002 on (chain).
psql -q "$scale_url" -v ON_ERROR_STOP=1 -v tables="$tables" -v rows="$rows" \
  -v first_child="$first_child" -v parent="$parent" <<'SQL'
set client_min_messages = warning;
create schema scale;
select format('create table scale.t%s (id serial primary key, name text not null, amount numeric, '
              'created_at timestamptz not null default now(), flag boolean%s); %s comment on table scale.t%s is %L;',
              lpad(i::text, 4, '0'),
              case when i >= :first_child
                   then format(', parent_id int references scale.t%s', lpad((:parent)::text, 4, '0')) else '' end,
              case when i >= :first_child
                   then format('create index on scale.t%s (parent_id);', lpad(i::text, 4, '0')) else '' end,
              lpad(i::text, 4, '0'), 'Generated table ' || i)
from generate_series(1, :tables) as i
\gexec
create table scale.big (id int primary key, label text not null);
insert into scale.big select i, 'row ' || i from generate_series(1, :rows) as i;
vacuum analyze scale.big;
SQL

cd "$here/.."
classpath_file="$(mktemp)"
mvn -o -q dependency:build-classpath -Dmdep.outputFile="$classpath_file" >/dev/null
rest="${admin_url#*://}" user_info="${rest%%@*}" host_port="${rest#*@}"
password=""
[[ "$user_info" == *:* ]] && password="${user_info#*:}"
java -cp "target/classes:$(cat "$classpath_file")" bench/Scale.java \
  "jdbc:postgresql://${host_port%%/*}/strata_scale" "${user_info%%:*}" "$password"
rm -f "$classpath_file"
