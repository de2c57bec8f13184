-- default:
comment on column @schema@.person.about is E'@behavior -orderBy -filterBy -update';
