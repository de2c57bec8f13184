-- SQL snapshot of query/aliasesAndFragments.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /first  (Query.personById)

-- statement 1 of 1: read
select ((select json_build_object('key', t0."id", 'fullName', "forum_example"."person_full_name"(t0), 'posts',
    (select json_build_object('nodes', coalesce(json_agg(t2.c0), '[]'::json))
    from
      (select json_build_object('title', t1."headline") as c0
      from "forum_example"."post" as t1
      where t1."author_id" = t0."id"
      order by t1."id" asc
      limit ?) as t2
    group by ()))
  from "forum_example"."person" as t0
  where t0."id" = ?::"pg_catalog"."int4"))::text
-- bind values:
--   ?1 = 1 (Integer)
--   ?2 = "1"

-- ============================================================================
-- /second  (Query.personById)

-- statement 1 of 1: read
select ((select json_build_object('name', t0."first_name")
  from "forum_example"."person" as t0
  where t0."id" = ?::"pg_catalog"."int4"))::text
-- bind values:
--   ?1 = "2"
