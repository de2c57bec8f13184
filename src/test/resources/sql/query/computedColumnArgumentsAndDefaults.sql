-- SQL snapshot of query/computedColumnArgumentsAndDefaults.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /postById  (Query.postById)

-- statement 1 of 1: read
select ((select json_build_object('defaults', "forum_example"."post_summary"(t0), 'short', "forum_example"."post_summary"(t0, "length" := ?::"pg_catalog"."int4"), 'both', "forum_example"."post_summary"(t0, "length" := ?::"pg_catalog"."int4", "omission" := ?::"pg_catalog"."text"), 'omissionOnly', "forum_example"."post_summary"(t0, "omission" := ?::"pg_catalog"."text"), 'lengthNull', "forum_example"."post_summary"(t0, "omission" := ?::"pg_catalog"."text"))
  from "forum_example"."post" as t0
  where t0."id" = ?::"pg_catalog"."int4"))::text
-- bind values:
--   ?1 = "10"
--   ?2 = "10"
--   ?3 = "[more]"
--   ?4 = "[cut]"
--   ?5 = "[cut]"
--   ?6 = "1"
