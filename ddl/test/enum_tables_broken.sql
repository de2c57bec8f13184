-- Enum tables PostGraphile 4 refuses to start on, next to a table that refers to them (BrokenEnumTablesTest): a
-- key of two columns, a table without rows, and one the login role may not read. Strata makes no enum of them,
-- warns once for each, and serves the rest. Run after ddl/test/enum_tables.sql.

create schema enum_broken;

create table enum_broken.pair (
  a  text,
  b  text,
  primary key (a, b)
);

create table enum_broken.no_labels (
  label  text primary key
);

create table enum_broken.hidden (
  label  text primary key
);

comment on table enum_broken.pair is '@enum';
comment on table enum_broken.no_labels is '@enum';
comment on table enum_broken.hidden is '@enum';

insert into enum_broken.pair values ('x', 'y');
insert into enum_broken.hidden values ('secret');

create table enum_broken.thing (
  id      serial primary key,
  label   text references enum_broken.no_labels,
  hidden  text references enum_broken.hidden,
  a       text,
  b       text,
  foreign key (a, b) references enum_broken.pair
);

insert into enum_broken.thing (hidden, a, b) values ('secret', 'x', 'y');

grant usage on schema enum_broken to forum_example_postgraphile, forum_example_anonymous;
grant select on enum_broken.pair, enum_broken.no_labels, enum_broken.thing
  to forum_example_postgraphile, forum_example_anonymous;
