-- SQL snapshot of query/variablesWithSkipAndInclude.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /postById  (Query.postById)

-- statement 1 of 1: read
select ((select json_build_object('headline', t0."headline", 'body', t0."body")
  from "forum_example"."post" as t0
  where t0."id" = ?::"pg_catalog"."int4"))::text
-- bind values:
--   ?1 = "2"
