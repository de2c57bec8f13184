-- SQL snapshot of ordering/orderBySeveralColumnsAfterCursor.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /allPeople  (Query.allPeople)

-- statement 1 of 1: read
select ((select json_build_object('nodes', coalesce(json_agg(t1.c0 order by t1.n) filter (where t1.n <= ?), '[]'::json), 'pageInfo', json_build_object('hasNextPage', (count(*) > ? or false), 'hasPreviousPage', (false or exists
    (select 1
    from "forum_example"."person" as t0
    where not ((t0."last_name" > ?::"pg_catalog"."text") or (t0."last_name" = ?::"pg_catalog"."text" and t0."first_name" < ?::"pg_catalog"."text") or (t0."last_name" = ?::"pg_catalog"."text" and t0."first_name" = ?::"pg_catalog"."text" and t0."id" > ?::"pg_catalog"."int4"))))))
  from
    (select json_build_object('id', t0."id") as c0, row_number() over (order by t0."last_name" asc, t0."first_name" desc, t0."id" asc) as n
    from "forum_example"."person" as t0
    where ((t0."last_name" > ?::"pg_catalog"."text") or (t0."last_name" = ?::"pg_catalog"."text" and t0."first_name" < ?::"pg_catalog"."text") or (t0."last_name" = ?::"pg_catalog"."text" and t0."first_name" = ?::"pg_catalog"."text" and t0."id" > ?::"pg_catalog"."int4"))
    order by t0."last_name" asc, t0."first_name" desc, t0."id" asc
    limit ?) as t1
  group by ()))::text
-- bind values:
--   ?1 = 3 (Integer)
--   ?2 = 3 (Integer)
--   ?3 = "Fox"
--   ?4 = "Fox"
--   ?5 = "Andrea"
--   ?6 = "Fox"
--   ?7 = "Andrea"
--   ?8 = "2"
--   ?9 = "Fox"
--   ?10 = "Fox"
--   ?11 = "Andrea"
--   ?12 = "Fox"
--   ?13 = "Andrea"
--   ?14 = "2"
--   ?15 = 4 (Integer)
