-- PostGraphile 4's @simpleCollections on a table and a function of the forum (person is left to the option), which
-- win over the global option (strata.simple-collections, PostGraphile 4's --simple-collections). OptionsSchemaShapeTest
-- compares the schema under each option with PostGraphile 4's on these tags. Run as a superuser in a database with
-- the forum schema.
comment on table forum_example.post is E'@simpleCollections omit\nA forum post written by a user.';
comment on function forum_example.search_posts(text) is
  E'@simpleCollections both\nReturns posts containing a given search term.';
