-- Enum tables checked against PostGraphile 4 (EnumTablesSchemaShapeTest, EnumTablesAnswersTest): a table of
-- labels tagged @enum (its primary key gives the enum, its description column the values' descriptions), one
-- renamed with @enumName and keyed by a varchar next to a column that is not text, and a table that stays a table
-- while one of its unique constraints is tagged @enum (with @enumDescription on another column). Every foreign key
-- to one of these keys makes the referencing column enum-typed. Run as a superuser in a database that already has
-- the forum schema (its login role and its default role, the one PostGraphile 4 answers as, get the privileges).

create schema enum_tables;

create table enum_tables.ticket_status (
  status       text primary key,
  description  text
);

comment on table enum_tables.ticket_status is E'@enum\nWhere a ticket stands.';

insert into enum_tables.ticket_status (status, description) values
  ('open', 'Nobody has looked at it yet.'),
  ('in progress', 'Somebody is on it.'),
  ('closed', null);

create table enum_tables.priority (
  name    varchar(10) primary key,
  weight  integer not null
);

comment on table enum_tables.priority is E'@enum\n@enumName TicketPriority';

insert into enum_tables.priority (name, weight) values ('low', 1), ('high', 10), ('urgent', 100);

create table enum_tables.color (
  id     serial primary key,
  code   text not null unique,
  label  text
);

comment on constraint color_code_key on enum_tables.color is '@enum';
comment on column enum_tables.color.label is '@enumDescription';

insert into enum_tables.color (code, label) values ('red', 'Like a fire truck.'), ('green', 'Like grass.');

create table enum_tables.ticket (
  id        serial primary key,
  title     text not null,
  status    text not null default 'open' references enum_tables.ticket_status,
  priority  varchar(10) references enum_tables.priority,
  color     text references enum_tables.color (code)
);

insert into enum_tables.ticket (title, status, priority, color) values
  ('Printer on fire', 'in progress', 'urgent', 'red'),
  ('Lawn needs mowing', 'open', 'low', 'green'),
  ('Coffee machine empty', 'closed', 'high', null),
  ('Window stuck', 'open', null, 'red');

-- a function's own text argument stays a String; the rows it returns have the enum-typed columns
create function enum_tables.tickets_in(status text) returns setof enum_tables.ticket as $$
  select * from enum_tables.ticket t where t.status = tickets_in.status order by t.id
$$ language sql stable;

grant usage on schema enum_tables to forum_example_postgraphile, forum_example_anonymous;
grant select, insert, update, delete on all tables in schema enum_tables
  to forum_example_postgraphile, forum_example_anonymous;
grant usage on all sequences in schema enum_tables to forum_example_postgraphile, forum_example_anonymous;
grant execute on all functions in schema enum_tables to forum_example_postgraphile, forum_example_anonymous;
