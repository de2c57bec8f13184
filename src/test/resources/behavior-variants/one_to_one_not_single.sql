-- default:
create table @schema@.person_profile (
  person_id integer primary key references @schema@.person(id),
  bio text
);
grant all on @schema@.person_profile to forum_example_postgraphile;
comment on constraint person_profile_person_id_fkey on @schema@.person_profile is E'@behavior -singularRelation:resource:single';
