-- The forum's tables and functions in schema @schema@, the base of every behavior variant.
drop schema if exists @schema@ cascade;
create schema @schema@;
create table @schema@.person (
  id serial primary key,
  first_name text not null,
  last_name text,
  about text,
  created_at timestamp default now()
);
create type @schema@.post_topic as enum ('discussion', 'inspiration', 'help', 'showcase');
create table @schema@.post (
  id serial primary key,
  author_id integer not null references @schema@.person(id),
  headline text not null,
  body text,
  topic @schema@.post_topic,
  created_at timestamp default now()
);
create function @schema@.person_full_name(person @schema@.person) returns text as $$
  select person.first_name || ' ' || person.last_name
$$ language sql stable;
create function @schema@.post_summary(post @schema@.post, length int default 50, omission text default '...')
returns text as $$
  select substr(post.body, 0, length) || omission
$$ language sql stable;
create function @schema@.person_latest_post(person @schema@.person) returns @schema@.post as $$
  select post.* from @schema@.post as post where post.author_id = person.id order by created_at desc limit 1
$$ language sql stable;
create function @schema@.search_posts(search text) returns setof @schema@.post as $$
  select post.* from @schema@.post as post where post.headline ilike ('%' || search || '%')
$$ language sql stable;
grant usage on schema @schema@ to forum_example_postgraphile;
grant all on all tables in schema @schema@ to forum_example_postgraphile;
grant all on all sequences in schema @schema@ to forum_example_postgraphile;
grant execute on all functions in schema @schema@ to forum_example_postgraphile;
