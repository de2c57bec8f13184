-- default:
-- two volatile functions: publish_post is a mutation, archive_post is not
create function @schema@.publish_post(id int) returns @schema@.post as $$
  update @schema@.post set created_at = now() where post.id = publish_post.id returning *
$$ language sql volatile;
create function @schema@.archive_post(id int) returns @schema@.post as $$
  delete from @schema@.post where post.id = archive_post.id returning *
$$ language sql volatile;
grant execute on all functions in schema @schema@ to forum_example_postgraphile;
comment on function @schema@.archive_post(int) is E'@behavior -mutationField';
