-- default:
comment on constraint person_pkey on @schema@.person is E'@behavior -delete';
comment on constraint post_pkey on @schema@.post is E'@behavior -nodeId:resource:update -nodeId:resource:delete';
