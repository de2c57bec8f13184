-- SQL snapshot of connection/allRowsNodesAndTotalCount.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /allPeople  (Query.allPeople)

-- statement 1 of 1: read
select ((select json_build_object('totalCount',
    (select count(*)
    from "forum_example"."person" as t0), 'nodes', coalesce(json_agg(t1.c0), '[]'::json))
  from
    (select json_build_object('id', t0."id") as c0
    from "forum_example"."person" as t0
    order by t0."id" asc) as t1
  group by ()))::text
-- bind values: none
