-- SQL snapshot of mutation/updateByNodeId.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /updatePost  (Mutation.updatePost)
-- when the write returns no row, the field's error is:
--   No values were updated in collection 'posts' because no values you can update were found matching these criteria.

-- statement 1 of 1: write, which also gives the payload
update "forum_example"."post" as m
set "topic" = ?::"forum_example"."post_topic"
where m."id" = ?::"pg_catalog"."int4"
returning (json_build_object('post', case when m is null then null else json_build_object('nodeId', json_build_array('posts', m."id"), 'topic', m."topic") end))::text
-- bind values:
--   ?1 = "help"
--   ?2 = "1"
