-- SQL snapshot of connection/beforeCursorWithLast.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /allPeople  (Query.allPeople)

-- statement 1 of 1: read
select ((select json_build_object('pageInfo', json_build_object('hasNextPage', exists
    (select 1
    from "forum_example"."person" as t0
    where not ((t0."id" < ?::"pg_catalog"."int4"))), 'hasPreviousPage', count(*) > ?, 'startCursor', (array_agg(t1.cursor order by t1.n desc) filter (where t1.n <= ?))[1], 'endCursor', (array_agg(t1.cursor order by t1.n) filter (where t1.n <= ?))[1]), 'nodes', coalesce(json_agg(t1.c0 order by t1.n desc) filter (where t1.n <= ?), '[]'::json))
  from
    (select json_build_object('id', t0."id") as c0, json_build_array('primary_key_asc', json_build_array(t0."id")) as cursor, row_number() over (order by t0."id" desc) as n
    from "forum_example"."person" as t0
    where ((t0."id" < ?::"pg_catalog"."int4"))
    order by t0."id" desc
    limit ?) as t1
  group by ()))::text
-- bind values:
--   ?1 = "8"
--   ?2 = 2 (Integer)
--   ?3 = 2 (Integer)
--   ?4 = 2 (Integer)
--   ?5 = 2 (Integer)
--   ?6 = "8"
--   ?7 = 3 (Integer)
