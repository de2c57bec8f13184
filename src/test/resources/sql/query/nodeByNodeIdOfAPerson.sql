-- SQL snapshot of query/nodeByNodeIdOfAPerson.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /node  (Query.node)

-- statement 1 of 1: read
select ((select json_build_object('@type', 'Person', 'nodeId', json_build_array('people', t0."id"), 'firstName', t0."first_name")
  from "forum_example"."person" as t0
  where t0."id" = ?::"pg_catalog"."int4"))::text
-- bind values:
--   ?1 = "1"
