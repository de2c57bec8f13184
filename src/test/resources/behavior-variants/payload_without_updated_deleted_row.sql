-- default:
comment on table @schema@.post is E'@behavior -update:resource:select -delete:resource:select';
