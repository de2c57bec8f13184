-- SQL snapshot of ordering/orderByNatural.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /allPeople  (Query.allPeople)

-- statement 1 of 1: read
select ((select json_build_object('edges', coalesce(json_agg(t1.c0), '[]'::json))
  from
    (select json_build_object('cursor', json_build_array('primary_key_asc', json_build_array(t0."id")), 'node', json_build_object('id', t0."id")) as c0
    from "forum_example"."person" as t0
    order by t0."id" asc
    limit ?) as t1
  group by ()))::text
-- bind values:
--   ?1 = 2 (Integer)
