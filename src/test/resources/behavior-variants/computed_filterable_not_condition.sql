-- default:
comment on function @schema@.person_full_name(@schema@.person) is E'@filterable\n@sortable\n@behavior -condition:proc:filterBy';
