-- SQL snapshot of mutation/functionReturningTheJwtType.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /authenticate  (Mutation.authenticate)

-- statement 1 of 1: write, which also gives the payload
select (json_build_object('jwtToken', case when m.r is null then null else m.r end))::text
from
  (select f as r, row_number() over () as n
  from "forum_example"."authenticate"(?::"pg_catalog"."text", ?::"pg_catalog"."text") as f) as m
-- bind values:
--   ?1 = "ada@example.com"
--   ?2 = "secret-word"
