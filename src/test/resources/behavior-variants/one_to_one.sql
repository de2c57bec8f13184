-- default:
-- a one-to-one relation (person_profile.person_id is unique): Person.personProfileByPersonId
create table @schema@.person_profile (
  person_id integer primary key references @schema@.person(id),
  bio text
);
grant all on @schema@.person_profile to forum_example_postgraphile;
