-- SQL snapshot of mutation/createPostPayloadOfOwnColumnsIsOneStatement.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /createPost  (Mutation.createPost)

-- statement 1 of 1: write, which also gives the payload
insert into "forum_example"."post" as m ("author_id", "headline", "topic")
values (?::"pg_catalog"."int4", ?::"pg_catalog"."text", ?::"forum_example"."post_topic")
returning (json_build_object('clientMutationId', ?::text, 'post', case when m is null then null else json_build_object('id', m."id", 'nodeId', json_build_array('posts', m."id"), 'headline', m."headline", 'topic', m."topic") end, 'postEdge', case when m is null then null else json_build_object('cursor', json_build_array('primary_key_asc', json_build_array(m."id"))) end))::text
-- bind values:
--   ?1 = "1"
--   ?2 = "'; drop table post; --"
--   ?3 = "discussion"
--   ?4 = "c1"
