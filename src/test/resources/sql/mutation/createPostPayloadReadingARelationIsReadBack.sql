-- SQL snapshot of mutation/createPostPayloadReadingARelationIsReadBack.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /createPost  (Mutation.createPost)

-- statement 1 of 2: write, which returns the written rows as text
insert into "forum_example"."post" as m ("author_id", "headline", "body")
values (?::"pg_catalog"."int4", ?::"pg_catalog"."text", ?::"pg_catalog"."text")
returning (m)::text
-- bind values:
--   ?1 = "1"
--   ?2 = "Read back"
--   ?3 = "Body text"

-- statement 2 of 2: read-back of the payload from the row the write returned (placeholder texts)
select (json_build_object('post', case when m.r is null then null else json_build_object('id', (m.r)."id", 'personByAuthorId',
  (select json_build_object('firstName', t0."first_name")
  from "forum_example"."person" as t0
  where t0."id" = (m.r)."author_id")) end, 'personByAuthorId',
  (select json_build_object('fullName', "forum_example"."person_full_name"(t1))
  from "forum_example"."person" as t1
  where t1."id" = (m.r)."author_id"), 'postEdge', case when m.r is null then null else json_build_object('cursor', json_build_array('headline_desc', json_build_array((m.r)."headline", (m.r)."id")), 'node', json_build_object('headline', (m.r)."headline")) end))::text
from
  (select f as r, row_number() over () as n
  from unnest(array[?::"forum_example"."post"]::"forum_example"."post"[]) as f) as m
-- bind values:
--   ?1 = "<row 1 returned by the write>"
