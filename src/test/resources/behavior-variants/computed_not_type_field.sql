-- default:
comment on function @schema@.person_full_name(@schema@.person) is E'@behavior -typeField';
