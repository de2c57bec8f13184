-- default:
comment on table @schema@.person is E'@behavior -single';
