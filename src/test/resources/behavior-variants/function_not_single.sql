-- default:
-- a computed column and a Query field each returning one row, without single
create function @schema@.latest_post() returns @schema@.post as $$
  select post.* from @schema@.post as post order by created_at desc limit 1
$$ language sql stable;
grant execute on all functions in schema @schema@ to forum_example_postgraphile;
comment on function @schema@.person_latest_post(@schema@.person) is E'@behavior -single';
comment on function @schema@.latest_post() is E'@behavior -single';
