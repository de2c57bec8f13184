-- default:
comment on table @schema@.post is E'@behavior -insert:resource:select -delete:resource:nodeId';
