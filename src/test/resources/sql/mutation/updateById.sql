-- SQL snapshot of mutation/updateById.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /updatePostById  (Mutation.updatePostById)
-- when the write returns no row, the field's error is:
--   No values were updated in collection 'posts' because no values you can update were found matching these criteria.

-- statement 1 of 1: write, which also gives the payload
update "forum_example"."post" as m
set "headline" = ?::"pg_catalog"."text", "body" = ?::"pg_catalog"."text"
where m."id" = ?::"pg_catalog"."int4"
returning (json_build_object('post', case when m is null then null else json_build_object('id', m."id", 'headline', m."headline", 'body', m."body") end))::text
-- bind values:
--   ?1 = "New headline"
--   ?2 = null
--   ?3 = "1"
