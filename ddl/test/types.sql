-- The type zoo: every PostgreSQL type PostGraphile 4 maps, in columns, arrays, composite types, domains,
-- function arguments and returns, with data. Schema-shape and golden tests compare Strata with PostGraphile 4
-- on it (src/test/resources/golden/types/). Run as a superuser in a database that already has the forum
-- schema (its roles get the privileges). Times and dates are fixed values: nothing depends on now().

create extension if not exists hstore;
create extension if not exists citext;

create schema types;

create type types.mood as enum ('sad', 'ok', 'happy');
-- labels that are not GraphQL names
create type types.odd_label as enum ('', 'with space', 'dash-ed', '1st', 'a.b', 'snake_case', 'CamelCase', '*');

create domain types.positive_int as integer check (value > 0);
create domain types.not_null_text as text not null;
create domain types.mood_domain as types.mood;

create type types.float_range as range (subtype = float8);

create type types.address as (
  street text,
  zip    int4,
  tags   text[]
);

create type types.contact as (
  name    text,
  home    types.address,
  moods   types.mood[],
  since   date
);

create domain types.address_domain as types.address;
create domain types.address_domain_domain as types.address_domain;
create domain types.required_address as types.address not null;

create table types.zoo (
  id            serial primary key,
  small         int2,
  regular       int4,
  big           int8,
  exact         numeric,
  exact_scaled  numeric(10, 2),
  real4         float4,
  real8         float8,
  cash          money,
  txt           text,
  var           varchar(20),
  fixed         char(3),
  nam           name,
  ci            citext,
  flag          boolean,
  ident         uuid,
  doc_json      json,
  doc_jsonb     jsonb,
  day           date,
  clock         time,
  clock_tz      timetz,
  stamp         timestamp,
  stamp_tz      timestamptz,
  span          interval,
  bits          bit(4),
  varbits       varbit,
  markup        xml,
  ip            inet,
  net           cidr,
  mac           macaddr,
  kv            hstore,
  mood          types.mood,
  label         types.odd_label,
  positive      types.positive_int,
  required_text types.not_null_text default 'x',
  mood_dom      types.mood_domain,
  int_range     int4range,
  big_range     int8range,
  num_range     numrange,
  day_range     daterange,
  ts_range      tsrange,
  tstz_range    tstzrange,
  float_rng     types.float_range,
  home          types.address,
  home_dom      types.address_domain,
  home_dom_dom  types.address_domain_domain,
  required_home types.required_address default row('Default St', 0, '{}'),
  contact       types.contact,
  int_list      int4[],
  big_list      int8[],
  num_list      numeric[],
  text_list     text[],
  matrix        int4[][],
  mood_list     types.mood[],
  span_list     interval[],
  range_list    int4range[],
  json_list     jsonb[],
  day_list      date[],
  ip_list       inet[],
  kv_list       hstore[],
  address_list  types.address[],
  unknown_type  tsvector
);

insert into types.zoo (small, regular, big, exact, exact_scaled, real4, real8, cash, txt, var, fixed, nam, ci, flag,
  ident, doc_json, doc_jsonb, day, clock, clock_tz, stamp, stamp_tz, span, bits, varbits, markup, ip, net, mac, kv,
  mood, label, positive, required_text, mood_dom, int_range, big_range, num_range, day_range, ts_range, tstz_range,
  float_rng, home, home_dom, home_dom_dom, required_home, contact, int_list, big_list, num_list, text_list, matrix, mood_list, span_list,
  range_list, json_list, day_list, ip_list, kv_list, address_list, unknown_type)
values
  (1, 100, 9007199254740993, 12345678901234567890.123456789, 12.50, 1.5, 2.25, 12.34, 'hello', 'short', 'abc', 'nm',
   'MiXeD', true, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"a": [1, 2]}', '{"b": {"c": null}}', '2024-02-29',
   '13:14:15', '13:14:15+02', '2024-02-29 13:14:15.123456', '2024-02-29 13:14:15+00',
   '1 year 2 mons 3 days 04:05:06.5', B'1010', B'110', '<a>x</a>', '192.168.0.1/24', '10.0.0.0/8',
   '08:00:2b:01:02:03', 'a=>1, b=>NULL', 'happy', 'with space', 5, 'required', 'ok', '[1,10)', '(,100]',
   '[1.5,2.5]', '[2024-01-01,2024-12-31)', '[2024-01-01 00:00,2024-01-02 00:00)',
   '[2024-01-01 00:00+00,)', '[0.5,1.5)', row('Main St', 12345, array['a', 'b']),
   row('Side St', 1, null), row('Nested St', 2, array['n']), row('Required St', 3, null), row('Ann', row('Home St', 99, array['x']), array['sad', 'happy']::types.mood[],
   '2020-01-01'), '{1,2,3}', '{9007199254740993}', '{1.5,2.25}', '{"x","y z",null}', '{{1,2},{3,4}}',
   '{sad,ok}', '{"1 day","-2 hours"}', '{"[1,2)","empty"}', array['{"k": 1}'::jsonb, '[]'::jsonb],
   '{2024-01-01,2024-06-30}', '{127.0.0.1,::1}', array['x=>y'::hstore], array[row('A', 1, null)::types.address],
   'fat cat'),
  (-1, -100, -5, -0.5, 0, -1.25, 1e100, -1.00, 'world', 'v', 'x', 'n2', 'abc', false,
   '00000000-0000-0000-0000-000000000000', '"str"', '[1, "two", false]', '1999-12-31', '00:00:00', '23:59:59-05',
   '1999-12-31 23:59:59', '1999-12-31 23:59:59-05', '-3 days 12:00:00', B'0000', B'', '<b/>', '::1', '::/0',
   'ff:ff:ff:ff:ff:ff', '', 'sad', '', 1, 'two', 'happy', 'empty', '[5,6]', '(,)', '(2024-01-01,2024-01-05]',
   '(,2000-01-01 00:00)', '(2000-01-01 00:00+00,2000-01-02 00:00+00]', 'empty', null, null, null, default, null, '{}', '{}',
   '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', ''),
  (null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
   null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 'three', null, null,
   null, null, null, null, null, null, null, null, null, default, null, null, null, null, null, null, null, null,
   null, null, null, null, null, null, null);

-- functions taking and returning every kind of type
create function types.echo_interval(span interval) returns interval as $$ select span $$ language sql immutable;
create function types.echo_int_range(r int4range) returns int4range as $$ select r $$ language sql immutable;
create function types.echo_ts_range(r tstzrange) returns tstzrange as $$ select r $$ language sql immutable;
create function types.echo_address(a types.address) returns types.address as $$ select a $$ language sql immutable;
create function types.echo_contact(c types.contact) returns types.contact as $$ select c $$ language sql immutable;
create function types.echo_address_domain(a types.address_domain) returns types.address_domain as $$ select a $$
  language sql immutable;
-- a null domain over a composite type is answered as an object of nulls by PostGraphile 4, in every kind of function
create function types.address_domains() returns setof types.address_domain as $$
  select null::types.address_domain union all select row('Set St', 2, null)::types.address_domain
$$ language sql stable;
create function types.zoo_home_domain(z types.zoo) returns types.address_domain as $$ select z.home_dom $$
  language sql stable;
create function types.forget_address(a types.address_domain) returns types.address_domain as $$
  select null::types.address_domain
$$ language sql volatile;
-- mutation functions returning composite values: answered with the selected fields only, aliases included
create function types.move_address(a types.address_domain, street text) returns types.address_domain as $$
  select row(street, (a).zip, (a).tags)::types.address_domain
$$ language sql volatile;
create function types.stamp_contact(c types.contact) returns types.contact as $$
  select row(c.name, c.home, c.moods, date '2026-01-02')::types.contact
$$ language sql volatile;
create function types.echo_moods(m types.mood[]) returns types.mood[] as $$ select m $$ language sql immutable;
create function types.echo_label(l types.odd_label) returns types.odd_label as $$ select l $$ language sql immutable;
create function types.echo_kv(kv hstore) returns hstore as $$ select kv $$ language sql immutable;
create function types.echo_inet(ip inet, net cidr, mac macaddr) returns text as $$
  select concat_ws(' ', ip, net, mac)
$$ language sql immutable;
create function types.echo_big(b int8, n numeric) returns numeric as $$ select b + n $$ language sql immutable;
create function types.echo_positive(p types.positive_int) returns types.positive_int as $$ select p $$
  language sql immutable;
create function types.echo_json(j jsonb) returns jsonb as $$ select j $$ language sql immutable;
create function types.echo_matrix(m int4[]) returns int4[] as $$ select m $$ language sql immutable;
create function types.zoo_span_days(z types.zoo) returns numeric as $$
  select extract(day from z.span)
$$ language sql stable;
create function types.zoo_home_zip(z types.zoo) returns types.address as $$ select z.home $$ language sql stable;
create function types.ranges_containing(n int4) returns setof int4range as $$
  select int_range from types.zoo where int_range @> n order by id
$$ language sql stable;

create function types.set_span(id int4, span interval) returns types.zoo as $$
  update types.zoo set span = set_span.span where zoo.id = set_span.id returning *
$$ language sql volatile;

grant usage on schema types to forum_example_anonymous, forum_example_person;
grant select, insert, update, delete on all tables in schema types to forum_example_anonymous, forum_example_person;
grant usage on all sequences in schema types to forum_example_anonymous, forum_example_person;
grant execute on all functions in schema types to forum_example_anonymous, forum_example_person;
-- the forum schema revokes EXECUTE from PUBLIC by default, which also hides the extensions' operators (citext =)
grant execute on all functions in schema public to forum_example_anonymous, forum_example_person;
