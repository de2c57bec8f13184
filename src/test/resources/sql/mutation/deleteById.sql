-- SQL snapshot of mutation/deleteById.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /deletePostById  (Mutation.deletePostById)
-- when the write returns no row, the field's error is:
--   No values were deleted in collection 'posts' because no values you can delete were found matching these criteria.

-- statement 1 of 1: write, which also gives the payload
delete from "forum_example"."post" as m
where m."id" = ?::"pg_catalog"."int4"
returning (json_build_object('clientMutationId', ?::text, 'post', case when m is null then null else json_build_object('id', m."id", 'headline', m."headline") end, 'deletedPostId', json_build_array('posts', m."id")))::text
-- bind values:
--   ?1 = "3"
--   ?2 = "d1"
