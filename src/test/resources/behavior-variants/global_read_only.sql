-- default: -insert -update -delete
comment on table @schema@.person is E'@behavior +insert';
