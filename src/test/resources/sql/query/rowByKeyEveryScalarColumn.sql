-- SQL snapshot of query/rowByKeyEveryScalarColumn.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /postById  (Query.postById)

-- statement 1 of 1: read
select ((select json_build_object('nodeId', json_build_array('posts', t0."id"), 'id', t0."id", 'authorId', t0."author_id", 'headline', t0."headline", 'body', t0."body", 'topic', t0."topic", 'createdAt', t0."created_at", 'updatedAt', t0."updated_at")
  from "forum_example"."post" as t0
  where t0."id" = ?::"pg_catalog"."int4"))::text
-- bind values:
--   ?1 = "1"
