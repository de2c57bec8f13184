-- SQL snapshot of mutation/functionReturningAScalar.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /changePassword  (Mutation.changePassword)

-- statement 1 of 1: write, which also gives the payload
select (json_build_object('clientMutationId', ?::text, 'boolean', case when m.r is null then null else m.r end))::text
from
  (select f as r, row_number() over () as n
  from "forum_example"."change_password"(?::"pg_catalog"."text", ?::"pg_catalog"."text") as f) as m
-- bind values:
--   ?1 = "p1"
--   ?2 = "old-secret"
--   ?3 = "new-secret"
