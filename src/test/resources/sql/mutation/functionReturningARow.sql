-- SQL snapshot of mutation/functionReturningARow.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /registerPerson  (Mutation.registerPerson)

-- statement 1 of 1: write, which also gives the payload
select (json_build_object('person', case when m.r is null then null else json_build_object('id', (m.r)."id", 'firstName', (m.r)."first_name", 'lastName', (m.r)."last_name") end))::text
from
  (select f as r, row_number() over () as n
  from "forum_example"."register_person"(?::"pg_catalog"."text", ?::"pg_catalog"."text", ?::"pg_catalog"."text", ?::"pg_catalog"."text") as f) as m
-- bind values:
--   ?1 = "Ada"
--   ?2 = "Lovelace"
--   ?3 = "ada@example.com"
--   ?4 = "secret-word"
