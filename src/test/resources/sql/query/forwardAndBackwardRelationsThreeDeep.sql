-- SQL snapshot of query/forwardAndBackwardRelationsThreeDeep.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /postById  (Query.postById)

-- statement 1 of 1: read
select ((select json_build_object('headline', t0."headline", 'personByAuthorId',
    (select json_build_object('firstName', t1."first_name", 'postsByAuthorId',
      (select json_build_object('nodes', coalesce(json_agg(t3.c0), '[]'::json))
      from
        (select json_build_object('headline', t2."headline", 'personByAuthorId',
          (select json_build_object('lastName', t4."last_name")
          from "forum_example"."person" as t4
          where t4."id" = t2."author_id")) as c0
        from "forum_example"."post" as t2
        where t2."author_id" = t1."id"
        order by t2."id" asc
        limit ?) as t3
      group by ()))
    from "forum_example"."person" as t1
    where t1."id" = t0."author_id"))
  from "forum_example"."post" as t0
  where t0."id" = ?::"pg_catalog"."int4"))::text
-- bind values:
--   ?1 = 2 (Integer)
--   ?2 = "1"
