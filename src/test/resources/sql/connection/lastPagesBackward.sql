-- SQL snapshot of connection/lastPagesBackward.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /allPeople  (Query.allPeople)

-- statement 1 of 1: read
select ((select json_build_object('nodes', coalesce(json_agg(t1.c0 order by t1.n desc) filter (where t1.n <= ?), '[]'::json), 'pageInfo', json_build_object('hasNextPage', false, 'hasPreviousPage', count(*) > ?))
  from
    (select json_build_object('id', t0."id") as c0, row_number() over (order by t0."id" desc) as n
    from "forum_example"."person" as t0
    order by t0."id" desc
    limit ?) as t1
  group by ()))::text
-- bind values:
--   ?1 = 2 (Integer)
--   ?2 = 2 (Integer)
--   ?3 = 3 (Integer)
