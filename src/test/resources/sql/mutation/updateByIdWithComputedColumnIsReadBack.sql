-- SQL snapshot of mutation/updateByIdWithComputedColumnIsReadBack.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /updatePostById  (Mutation.updatePostById)
-- when the write returns no row, the field's error is:
--   No values were updated in collection 'posts' because no values you can update were found matching these criteria.

-- statement 1 of 2: write, which returns the written rows as text
update "forum_example"."post" as m
set "body" = ?::"pg_catalog"."text"
where m."id" = ?::"pg_catalog"."int4"
returning (m)::text
-- bind values:
--   ?1 = "Abcdefghij"
--   ?2 = "1"

-- statement 2 of 2: read-back of the payload from the row the write returned (placeholder texts)
select (json_build_object('post', case when m.r is null then null else json_build_object('id', (m.r)."id", 'summary', "forum_example"."post_summary"(m.r, "length" := ?::"pg_catalog"."int4")) end))::text
from
  (select f as r, row_number() over () as n
  from unnest(array[?::"forum_example"."post"]::"forum_example"."post"[]) as f) as m
-- bind values:
--   ?1 = "4"
--   ?2 = "<row 1 returned by the write>"
