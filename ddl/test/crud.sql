-- A second, small schema for the generic CRUD and mutation-function tests (MutationExecutionTest): one table with
-- a composite primary key, one with a unique key besides its primary key, one without a primary key, and VOLATILE
-- functions returning a set of rows, a scalar, nothing, and a STRICT one whose arguments all have defaults.
-- Run as a superuser in a database that already has the forum schema (its login role gets the privileges).

create schema crud;

create table crud.membership (
  group_name  text not null,
  member_id   integer not null,
  role        text not null default 'member',
  primary key (group_name, member_id)
);

create table crud.account (
  id      serial primary key,
  handle  text not null unique check (char_length(handle) < 20),
  score   integer not null default 0
);

create table crud.event_log (
  day      date,
  message  text not null
);

create function crud.bump_scores(amount integer) returns setof crud.account as $$
  update crud.account set score = score + amount returning *
$$ language sql volatile;

create function crud.account_count() returns integer as $$
  select count(*)::integer from crud.account
$$ language sql volatile;

create function crud.log_message(message text) returns void as $$
  insert into crud.event_log (message) values (message)
$$ language sql volatile;

create function crud.add(integer default 1, integer default 2) returns integer as $$
  select $1 + $2
$$ language sql volatile strict;

grant usage on schema crud to forum_example_postgraphile;
grant select, insert, update, delete on all tables in schema crud to forum_example_postgraphile;
grant usage on all sequences in schema crud to forum_example_postgraphile;
grant execute on all functions in schema crud to forum_example_postgraphile;
