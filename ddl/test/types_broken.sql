-- Entities PostGraphile 4 cannot map next to ones it can: an enum with a label that gives no GraphQL name ('é'
-- becomes nothing; PostGraphile 4 fails the whole schema on it), a column, a domain and a function using it, and an
-- enum whose labels clash after case-folding (PostGraphile 4 keeps the last). Run after ddl/test/types.sql.

create schema types_broken;

create type types_broken.accent as enum ('é', 'plain');
create domain types_broken.accent_domain as types_broken.accent;
create type types_broken.shout as enum ('foo', 'FOO', 'bar');

create table types_broken.item (
  id      serial primary key,
  name    text not null,
  accent  types_broken.accent,
  accents types_broken.accent_domain[],
  shout   types_broken.shout
);

insert into types_broken.item (name, accent, shout) values ('first', 'plain', 'FOO'), ('second', 'é', 'bar');

create function types_broken.items_with_accent(a types_broken.accent) returns setof types_broken.item as $$
  select * from types_broken.item where accent = a
$$ language sql stable;

create function types_broken.item_count() returns int as $$ select count(*)::int from types_broken.item $$
  language sql stable;

grant usage on schema types_broken to forum_example_anonymous, forum_example_person;
grant select on all tables in schema types_broken to forum_example_anonymous, forum_example_person;
grant execute on all functions in schema types_broken to forum_example_anonymous, forum_example_person;
