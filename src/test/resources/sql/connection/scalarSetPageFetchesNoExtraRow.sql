-- SQL snapshot of connection/scalarSetPageFetchesNoExtraRow.graphql (PostgreSQL schema types), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /rangesContaining  (Query.rangesContaining)

-- statement 1 of 1: read
select ((select json_build_object('totalCount',
    (select count(*)
    from
      (select f as r, row_number() over () as n
      from "types"."ranges_containing"(?::"pg_catalog"."int4") as f) as t0), 'edges', coalesce(json_agg(t1.c0), '[]'::json))
  from
    (select json_build_object('cursor', json_build_array('natural', t0.n), 'node',
      (select case when s.v is null then null else json_build_object('start', case when isempty(s.v) or lower_inf(s.v) then null else json_build_object('value', lower(s.v), 'inclusive', lower_inc(s.v)) end, 'end', case when isempty(s.v) or upper_inf(s.v) then null else json_build_object('value', upper(s.v), 'inclusive', upper_inc(s.v)) end) end
      from
        (select t0.r as v) as s)) as c0
    from
      (select f as r, row_number() over () as n
      from "types"."ranges_containing"(?::"pg_catalog"."int4") as f) as t0
    limit ?
    offset ?) as t1
  group by ()))::text
-- bind values:
--   ?1 = "5"
--   ?2 = "5"
--   ?3 = 1 (Integer)
--   ?4 = 1 (Integer)
