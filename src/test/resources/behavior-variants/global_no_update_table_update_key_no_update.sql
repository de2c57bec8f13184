-- default: -resource:update
comment on table @schema@.post is E'@behavior +update';
comment on constraint post_pkey on @schema@.post is E'@behavior -update';
