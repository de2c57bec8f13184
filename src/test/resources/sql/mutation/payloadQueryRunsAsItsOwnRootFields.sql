-- SQL snapshot of mutation/payloadQueryRunsAsItsOwnRootFields.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /createPost  (Mutation.createPost)

-- statement 1 of 1: write, which also gives the payload
insert into "forum_example"."post" as m ("author_id", "headline")
values (?::"pg_catalog"."int4", ?::"pg_catalog"."text")
returning (json_build_object('post', case when m is null then null else json_build_object('id', m."id") end, 'query', json_build_object()))::text
-- bind values:
--   ?1 = "2"
--   ?2 = "Counted"

-- ============================================================================
-- /createPost/query/allPosts  (Query.allPosts)

-- statement 1 of 1: read in the mutation's transaction
select ((select json_build_object('totalCount',
    (select count(*)
    from "forum_example"."post" as t0))
  from
    (select 
    from "forum_example"."post" as t0
    order by t0."id" asc) as t1
  group by ()))::text
-- bind values: none
