-- Test schemas for shaping the generated API with smart tags and behavior strings (BehaviorSchemaTest).
--
-- behaviors: every smart tag and behavior Strata understands, each on an entity of its own where possible,
--   so that the expected SDL (src/test/resources/schema/behaviors.graphql) shows each effect in one place.
-- behaviors_article: the seed article's example (global -update, table +update, constraint -update) and a
--   read-only API (global -insert -update -delete) that re-enables insert on one table.
--
-- Run as a superuser in a database that already has the forum schema (its login role gets the privileges).
-- Re-runnable: it drops both schemas first.

drop schema if exists behaviors cascade;
drop schema if exists behaviors_article cascade;
create schema behaviors;
create schema behaviors_article;

-- -- types --------------------------------------------------------------------------------------------------

create type behaviors.mood as enum ('happy', 'grumpy');
comment on type behaviors.mood is E'@name feeling\nHow an author feels (the enum is renamed).';

create type behaviors.hidden_mood as enum ('meh');
comment on type behaviors.hidden_mood is E'@behavior -select\nColumns of it have no output field (their inputs, condition and order stay); arguments of it stay.';

create type behaviors.span as (low integer, high integer);
comment on type behaviors.span is E'@name range_pair\nA composite type, renamed.';

create type behaviors.secret_pair as (a integer, b integer);
comment on type behaviors.secret_pair is E'@behavior -table\nNot exposed: functions returning it are left out.';

-- -- tables -------------------------------------------------------------------------------------------------

create table behaviors.author (
  id            serial primary key,
  name          text not null,
  email         text not null unique,
  mood          behaviors.mood,
  hidden        behaviors.hidden_mood,
  bio           text,
  password_hash text,
  created_at    timestamptz not null default now()
);
comment on table behaviors.author is E'@simpleCollections both\nA writer: both a connection and a list at the root.';
comment on column behaviors.author.name is E'@behavior -orderBy\nNot in AuthorsOrderBy.';
comment on column behaviors.author.email is E'@behavior -filterBy -update\nNot in AuthorCondition, not in AuthorPatch.';
comment on column behaviors.author.bio is E'@deprecated Use the profile page.\nA short biography.';
comment on column behaviors.author.password_hash is E'@omit\nNowhere in the API.';
comment on column behaviors.author.created_at is E'@omit create,update\nRead-only.';
comment on constraint author_email_key on behaviors.author is
  E'@behavior -single\nNo authorByEmail; updateAuthorByEmail and deleteAuthorByEmail stay.';

create table behaviors.post (
  id         serial primary key,
  author_id  integer not null references behaviors.author (id),
  editor_id  integer references behaviors.author (id),
  title      text not null,
  body       text,
  slug       text not null unique,
  words      integer generated always as (coalesce(array_length(regexp_split_to_array(body, '\s+'), 1), 0)) stored
);
comment on table behaviors.post is E'@name article\n@behavior +list -connection\nRenamed; lists instead of connections.';
comment on column behaviors.post.title is '@name headline';
comment on column behaviors.post.body is E'@behavior -select\nWritable and filterable, never read back (-select alone).';
comment on constraint post_author_id_fkey on behaviors.post is E'@fieldName writer\n@foreignFieldName articles';
comment on constraint post_editor_id_fkey on behaviors.post is
  E'@behavior -singularRelation:resource:single\n@deprecated Editors are going away.';
comment on constraint post_slug_key on behaviors.post is E'@name articleWithSlug\n@behavior -delete';

create table behaviors.tag (
  post_id  integer not null references behaviors.post (id),
  label    text not null
);
comment on table behaviors.tag is E'@omit filter,order\n@behavior -totalCount\nNo primary key; no condition, orderBy or totalCount.';

create table behaviors.setting (
  key    text primary key,
  value  text
);
comment on table behaviors.setting is
  E'@behavior -node -insert -delete -query:resource:connection:filter\nNo node id; only updated by key.';

create table behaviors.audit_log (
  id       serial primary key,
  message  text
);
comment on table behaviors.audit_log is E'@omit\nNot exposed at all: nothing returns its rows.';

-- -- views --------------------------------------------------------------------------------------------------

create view behaviors.article_stat as
  select p.id as article_id, p.author_id, p.slug, char_length(p.body) as length
  from behaviors.post p;
comment on view behaviors.article_stat is E'@primaryKey article_id\n@unique slug\n'
  '@foreignKey (article_id) references behaviors.post (id)\n'
  '@foreignKey (author_id) references author|@fieldName statAuthor|@foreignFieldName stats\n'
  '@omit create,update,delete\n'
  'A view with virtual constraints: lookups by key, a node id and relations, like a table.';
comment on column behaviors.article_stat.author_id is '@notNull';
comment on column behaviors.article_stat.slug is '@notNull';

create view behaviors.broken as select 1 as id;
comment on view behaviors.broken is E'@behavior +updat ++x +list -connection\n'
  '@foreignKey (nope) references nowhere (id)\n@primaryKey missing_column\n@omit create,frobnicate\n'
  'Malformed tags: one warning each, and the view keeps its other behaviors (a list, no connection).';

-- -- functions ----------------------------------------------------------------------------------------------

create function behaviors.author_article_count(a behaviors.author) returns integer as $$
  select count(*)::integer from behaviors.post where author_id = a.id
$$ language sql stable;
comment on function behaviors.author_article_count(behaviors.author) is
  E'@deprecated Count the articles instead.\nA computed column, deprecated.';

create function behaviors.author_recent_articles(a behaviors.author) returns setof behaviors.post as $$
  select * from behaviors.post where author_id = a.id order by id desc
$$ language sql stable;
comment on function behaviors.author_recent_articles(behaviors.author) is
  E'@simpleCollections both\nA set-returning computed column as a connection and a list.';

create function behaviors.author_initials(a behaviors.author) returns text as $$
  select left(a.name, 1)
$$ language sql stable;
comment on function behaviors.author_initials(behaviors.author) is E'@fieldName monogram\nRenamed computed column.';

create function behaviors.search_articles(q text) returns setof behaviors.post as $$
  select * from behaviors.post where title ilike '%' || q || '%'
$$ language sql stable;
comment on function behaviors.search_articles(text) is E'@simpleCollections only\n@filterable\nA list with a condition.';

create function behaviors.tag_labels() returns setof text as $$
  select label from behaviors.tag
$$ language sql stable;
comment on function behaviors.tag_labels() is E'@behavior +list\nScalars as a connection and a list.';

create function behaviors.internal_score() returns integer as $$
  select 42
$$ language sql stable;
comment on function behaviors.internal_score() is E'@omit execute\nNot exposed.';

create function behaviors.lucky_number() returns integer as $$
  select 7
$$ language sql stable;
comment on function behaviors.lucky_number() is E'@behavior -queryField +mutationField\nA mutation, although STABLE.';

create function behaviors.touch_author(author_id integer) returns behaviors.author as $$
  update behaviors.author set name = name where id = author_id returning *
$$ language sql volatile;
comment on function behaviors.touch_author(integer) is E'@name poke_author\n@deprecated Use updateAuthorById.';

create function behaviors.make_span(low integer, high integer) returns behaviors.span as $$
  select row(low, high)::behaviors.span
$$ language sql stable;

create function behaviors.secret() returns behaviors.secret_pair as $$
  select row(1, 2)::behaviors.secret_pair
$$ language sql stable;

create function behaviors.feel(mood behaviors.hidden_mood) returns text as $$
  select mood::text
$$ language sql stable;
comment on function behaviors.feel(behaviors.hidden_mood) is 'Kept: the -select of its argument type reaches only columns.';

-- -- the seed article's example -----------------------------------------------------------------------------

create table behaviors_article.users (
  id        serial primary key,
  username  text not null unique,
  bio       text
);
comment on table behaviors_article.users is '@behavior +update';
comment on constraint users_username_key on behaviors_article.users is '@behavior -update';

create table behaviors_article.accounts (
  id    serial primary key,
  name  text not null
);

create table behaviors_article.guestbook (
  id       serial primary key,
  message  text not null
);
comment on table behaviors_article.guestbook is E'@behavior +insert\nStill writable in a read-only API.';

-- -- data ---------------------------------------------------------------------------------------------------

insert into behaviors.author (name, email, mood) values
  ('Ada', 'ada@example.com', 'happy'),
  ('Brian', 'brian@example.com', null);
insert into behaviors.post (author_id, editor_id, title, body, slug) values
  (1, 2, 'Hello world', 'one two three', 'hello'),
  (1, null, 'Second thoughts', 'four', 'second'),
  (2, 1, 'Brian writes', null, 'brian');
insert into behaviors.tag (post_id, label) values (1, 'intro'), (1, 'greeting'), (3, 'misc');
insert into behaviors.setting (key, value) values ('theme', 'dark');

-- -- privileges ---------------------------------------------------------------------------------------------

grant usage on schema behaviors, behaviors_article to forum_example_postgraphile;
grant select, insert, update, delete on all tables in schema behaviors, behaviors_article
  to forum_example_postgraphile;
grant usage on all sequences in schema behaviors, behaviors_article to forum_example_postgraphile;
grant execute on all functions in schema behaviors, behaviors_article to forum_example_postgraphile;
