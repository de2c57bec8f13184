-- SQL snapshot of query/computedColumns.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /allPeople  (Query.allPeople)

-- statement 1 of 1: read
select ((select json_build_object('nodes', coalesce(json_agg(t1.c0), '[]'::json))
  from
    (select json_build_object('fullName', "forum_example"."person_full_name"(t0), 'latestPost',
      (select json_build_object('headline', t2."headline", 'summary', "forum_example"."post_summary"(t2))
      from "forum_example"."person_latest_post"(t0) as t2
      where not (t2 is null))) as c0
    from "forum_example"."person" as t0
    order by t0."id" asc
    limit ?) as t1
  group by ()))::text
-- bind values:
--   ?1 = 2 (Integer)
