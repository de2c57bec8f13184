-- default:
comment on table @schema@.post is E'@behavior -record';
