-- default:
-- jwt: jwt_token
-- -jwt on the configured JWT type changes nothing: the configuration decides it
create type @schema@.jwt_token as (role text, person_id integer, exp bigint);
create function @schema@.authenticate(email text, password text) returns @schema@.jwt_token as $$
  select ('forum_example_person', 1, 0)::@schema@.jwt_token
$$ language sql strict security definer;
grant execute on all functions in schema @schema@ to forum_example_postgraphile;
comment on type @schema@.jwt_token is E'@behavior -jwt';
