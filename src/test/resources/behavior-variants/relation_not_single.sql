-- default:
comment on constraint post_author_id_fkey on @schema@.post is E'@behavior -singularRelation:resource:single';
