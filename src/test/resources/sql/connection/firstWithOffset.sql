-- SQL snapshot of connection/firstWithOffset.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /allPeople  (Query.allPeople)

-- statement 1 of 1: read
select ((select json_build_object('nodes', coalesce(json_agg(t1.c0 order by t1.n) filter (where t1.n <= ?), '[]'::json), 'pageInfo', json_build_object('hasNextPage', (count(*) > ? or false), 'hasPreviousPage', (true or false)))
  from
    (select json_build_object('id', t0."id") as c0, row_number() over (order by t0."id" asc) as n
    from "forum_example"."person" as t0
    order by t0."id" asc
    limit ?
    offset ?) as t1
  group by ()))::text
-- bind values:
--   ?1 = 5 (Integer)
--   ?2 = 3 (Integer)
--   ?3 = 4 (Integer)
--   ?4 = 2 (Integer)
