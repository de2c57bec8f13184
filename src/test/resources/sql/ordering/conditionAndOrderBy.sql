-- SQL snapshot of ordering/conditionAndOrderBy.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /allPosts  (Query.allPosts)

-- statement 1 of 1: read
select ((select json_build_object('totalCount',
    (select count(*)
    from "forum_example"."post" as t0
    where t0."author_id" = ?::"pg_catalog"."int4" and t0."topic" = ?::"forum_example"."post_topic"), 'nodes', coalesce(json_agg(t1.c0), '[]'::json))
  from
    (select json_build_object('id', t0."id") as c0
    from "forum_example"."post" as t0
    where t0."author_id" = ?::"pg_catalog"."int4" and t0."topic" = ?::"forum_example"."post_topic"
    order by t0."id" desc) as t1
  group by ()))::text
-- bind values:
--   ?1 = "2"
--   ?2 = "discussion"
--   ?3 = "2"
--   ?4 = "discussion"
