-- SQL snapshot of connection/backwardRelationWithEdgesAndPageInfo.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /personById  (Query.personById)

-- statement 1 of 1: read
select ((select json_build_object('postsByAuthorId',
    (select json_build_object('totalCount',
      (select count(*)
      from "forum_example"."post" as t1
      where t1."author_id" = t0."id"), 'edges', coalesce(json_agg(t2.c0 order by t2.n) filter (where t2.n <= ?), '[]'::json), 'pageInfo', json_build_object('hasNextPage', (count(*) > ? or false), 'endCursor', (array_agg(t2.cursor order by t2.n desc) filter (where t2.n <= ?))[1]))
    from
      (select json_build_object('cursor', json_build_array('headline_asc', json_build_array(t1."headline", t1."id")), 'node', json_build_object('headline', t1."headline")) as c0, json_build_array('headline_asc', json_build_array(t1."headline", t1."id")) as cursor, row_number() over (order by t1."headline" asc, t1."id" asc) as n
      from "forum_example"."post" as t1
      where t1."author_id" = t0."id"
      order by t1."headline" asc, t1."id" asc
      limit ?) as t2
    group by ()))
  from "forum_example"."person" as t0
  where t0."id" = ?::"pg_catalog"."int4"))::text
-- bind values:
--   ?1 = 2 (Integer)
--   ?2 = 2 (Integer)
--   ?3 = 2 (Integer)
--   ?4 = 3 (Integer)
--   ?5 = "1"
