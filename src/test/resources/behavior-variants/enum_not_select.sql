-- default:
comment on type @schema@.post_topic is E'@behavior -select';
