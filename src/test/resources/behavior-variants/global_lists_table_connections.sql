-- default: -connection +list
comment on table @schema@.post is E'@behavior +connection -list';
