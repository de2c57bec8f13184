-- default:
comment on table @schema@.post is E'@omit';
