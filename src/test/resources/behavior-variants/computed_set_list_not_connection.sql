-- default:
-- two set-returning computed columns: person_drafts stays a connection, person_posts becomes a list
create function @schema@.person_posts(person @schema@.person) returns setof @schema@.post as $$
  select post.* from @schema@.post as post where post.author_id = person.id
$$ language sql stable;
create function @schema@.person_drafts(person @schema@.person) returns setof @schema@.post as $$
  select post.* from @schema@.post as post where post.author_id = person.id and post.body is null
$$ language sql stable;
grant execute on all functions in schema @schema@ to forum_example_postgraphile;
comment on function @schema@.person_posts(@schema@.person) is E'@behavior +list -connection';
