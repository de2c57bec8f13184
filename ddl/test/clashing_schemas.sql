-- Two exposed schemas whose entities have the same names (a table item, an enum status, a domain code, a function
-- search, and a function all_items named like clash_a.item's collection field allItems), and
-- names that give no GraphQL name. PostGraphile 4 refuses to start on either; Strata serves the entity of the schema
-- listed first, leaves the other out (and what gives no name) with one warning each (NameClashesTest). Run as a
-- superuser in a database that already has the forum schema (its login role and default role get the privileges).

create schema clash_a;
create schema clash_b;

create type clash_a.status as enum ('new', 'old');
create type clash_b.status as enum ('draft', 'final');
create domain clash_a.code as text;
create domain clash_b.code as integer;

create table clash_a.item (
  id      serial primary key,
  name    text not null,
  status  clash_a.status not null default 'new',
  code    clash_a.code
);

create table clash_b.item (
  id      serial primary key,
  title   text not null,
  status  clash_b.status
);

-- refers to the item of clash_b, whose type is left out
create table clash_b.note (
  id       serial primary key,
  item_id  integer references clash_b.item,
  body     text not null,
  code     clash_b.code
);

insert into clash_a.item (name, status) values ('apple', 'new'), ('pear', 'old');
insert into clash_b.item (title, status) values ('plan', 'draft');
insert into clash_b.note (item_id, body) values (1, 'first note');

create function clash_a.search(term text) returns setof clash_a.item as $$
  select * from clash_a.item where name like '%' || term || '%' order by id
$$ language sql stable;

create function clash_b.search(term text) returns setof text as $$
  select title from clash_b.item where title like '%' || term || '%' order by id
$$ language sql stable;

-- a function whose field has the name of clash_a.item's collection
create function clash_b.all_items() returns setof integer as $$
  select id from clash_b.item order by id
$$ language sql stable;

-- PostGraphile 4 makes names of Latin letters with accents as lodash's deburr does: naïve is naive, café Cafe
alter table clash_a.item add column "naïve" boolean not null default false;

create table clash_b."café" (
  id    serial primary key,
  name  text
);

insert into clash_b."café" (name) values ('corner');

-- names that give no GraphQL name (π and ω are letters, but not ones GraphQL allows): a column and a table
alter table clash_b.note add column "π" numeric;

create table clash_b."ω" (
  id  serial primary key
);

grant usage on schema clash_a, clash_b to forum_example_postgraphile, forum_example_anonymous;
grant select, insert, update, delete on all tables in schema clash_a, clash_b
  to forum_example_postgraphile, forum_example_anonymous;
grant usage on all sequences in schema clash_a, clash_b to forum_example_postgraphile, forum_example_anonymous;
grant execute on all functions in schema clash_a, clash_b to forum_example_postgraphile, forum_example_anonymous;
