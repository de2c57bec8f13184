-- SQL snapshot of mutation/functionReturningASetIsReadBack.graphql (PostgreSQL schema crud), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /bumpScores  (Mutation.bumpScores)

-- statement 1 of 2: write, which returns the written rows as text
select case when f is null then null else (f)::text end
from "crud"."bump_scores"(?::"pg_catalog"."int4") as f
-- bind values:
--   ?1 = "10"

-- statement 2 of 2: read-back of the payload from the 2 rows the write returned (placeholder texts)
select (json_build_object('accounts',
  (select coalesce(json_agg(l.j order by l.n), '[]'::json)
  from
    (select json_build_object('handle', (t0.r)."handle", 'score', (t0.r)."score") as j, row_number() over () as n
    from
      (select f as r, row_number() over () as n
      from unnest(array[?::"crud"."account", ?::"crud"."account"]::"crud"."account"[]) as f) as t0) as l), 'again',
  (select coalesce(json_agg(l.j order by l.n), '[]'::json)
  from
    (select json_build_object('score', (t1.r)."score") as j, row_number() over () as n
    from
      (select f as r, row_number() over () as n
      from unnest(array[?::"crud"."account", ?::"crud"."account"]::"crud"."account"[]) as f) as t1) as l)))::text
-- bind values:
--   ?1 = "<row 1 returned by the write>"
--   ?2 = "<row 2 returned by the write>"
--   ?3 = "<row 1 returned by the write>"
--   ?4 = "<row 2 returned by the write>"
