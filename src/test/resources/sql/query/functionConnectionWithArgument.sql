-- SQL snapshot of query/functionConnectionWithArgument.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /searchPosts  (Query.searchPosts)

-- statement 1 of 1: read
select ((select json_build_object('totalCount',
    (select count(*)
    from
      (select f as r, row_number() over () as n
      from "forum_example"."search_posts"(?::"pg_catalog"."text") as f) as t0), 'nodes', coalesce(json_agg(t1.c0), '[]'::json))
  from
    (select json_build_object('headline', (t0.r)."headline", 'personByAuthorId',
      (select json_build_object('firstName', t2."first_name")
      from "forum_example"."person" as t2
      where t2."id" = (t0.r)."author_id")) as c0
    from
      (select f as r, row_number() over () as n
      from "forum_example"."search_posts"(?::"pg_catalog"."text") as f) as t0
    limit ?) as t1
  group by ()))::text
-- bind values:
--   ?1 = "nulla"
--   ?2 = "nulla"
--   ?3 = 2 (Integer)
