-- default:
comment on table @schema@.post is E'@behavior -query:resource:connection:order -manyRelation:resource:connection:filter';
