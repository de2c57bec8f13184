-- default:
comment on table @schema@.person is E'@behavior -insert +insert\n@behavior -insert';
