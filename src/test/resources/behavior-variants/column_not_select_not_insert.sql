-- default:
comment on column @schema@.person.about is E'@behavior -select';
comment on column @schema@.person.last_name is E'@behavior -insert';
