-- SQL snapshot of connection/afterCursor.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /allPeople  (Query.allPeople)

-- statement 1 of 1: read
select ((select json_build_object('totalCount',
    (select count(*)
    from "forum_example"."person" as t0), 'pageInfo', json_build_object('hasNextPage', (count(*) > ? or false), 'hasPreviousPage', (false or exists
    (select 1
    from "forum_example"."person" as t0
    where not ((t0."id" > ?::"pg_catalog"."int4"))))), 'nodes', coalesce(json_agg(t1.c0 order by t1.n) filter (where t1.n <= ?), '[]'::json))
  from
    (select json_build_object('id', t0."id") as c0, row_number() over (order by t0."id" asc) as n
    from "forum_example"."person" as t0
    where ((t0."id" > ?::"pg_catalog"."int4"))
    order by t0."id" asc
    limit ?) as t1
  group by ()))::text
-- bind values:
--   ?1 = 3 (Integer)
--   ?2 = "2"
--   ?3 = 3 (Integer)
--   ?4 = "2"
--   ?5 = 4 (Integer)
