-- SQL snapshot of connection/functionConnectionAfterNaturalCursor.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /searchPosts  (Query.searchPosts)

-- statement 1 of 1: read
select ((select json_build_object('totalCount',
    (select count(*)
    from
      (select f as r, row_number() over () as n
      from "forum_example"."search_posts"(?::"pg_catalog"."text") as f) as t0), 'pageInfo', json_build_object('hasNextPage', (count(*) > ? or false), 'hasPreviousPage', (false or exists
    (select 1
    from
      (select f as r, row_number() over () as n
      from "forum_example"."search_posts"(?::"pg_catalog"."text") as f) as t0
    where not t0.n > ?)), 'startCursor', (array_agg(t1.cursor order by t1.n) filter (where t1.n <= ?))[1], 'endCursor', (array_agg(t1.cursor order by t1.n desc) filter (where t1.n <= ?))[1]), 'edges', coalesce(json_agg(t1.c0 order by t1.n) filter (where t1.n <= ?), '[]'::json))
  from
    (select json_build_object('cursor', json_build_array('natural', t0.n), 'node', json_build_object('id', (t0.r)."id")) as c0, json_build_array('natural', t0.n) as cursor, row_number() over () as n
    from
      (select f as r, row_number() over () as n
      from "forum_example"."search_posts"(?::"pg_catalog"."text") as f) as t0
    where t0.n > ?
    limit ?) as t1
  group by ()))::text
-- bind values:
--   ?1 = "nulla"
--   ?2 = 3 (Integer)
--   ?3 = "nulla"
--   ?4 = 3 (Integer)
--   ?5 = 3 (Integer)
--   ?6 = 3 (Integer)
--   ?7 = 3 (Integer)
--   ?8 = "nulla"
--   ?9 = 3 (Integer)
--   ?10 = 4 (Integer)
