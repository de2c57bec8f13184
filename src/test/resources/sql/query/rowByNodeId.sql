-- SQL snapshot of query/rowByNodeId.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /post  (Query.post)

-- statement 1 of 1: read
select ((select json_build_object('nodeId', json_build_array('posts', t0."id"), 'id', t0."id", 'headline', t0."headline")
  from "forum_example"."post" as t0
  where t0."id" = ?::"pg_catalog"."int4"))::text
-- bind values:
--   ?1 = "3"
