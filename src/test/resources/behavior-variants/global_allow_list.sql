-- default: -* +table +select +connection +single
comment on table @schema@.post is E'@behavior +list';
