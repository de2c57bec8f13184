-- default:
comment on function @schema@.search_posts(text) is E'@behavior -resource:connection:backwards';
