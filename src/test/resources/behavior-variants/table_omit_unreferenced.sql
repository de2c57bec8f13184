-- default:
-- nothing returns audit_log rows: with @omit, its type is not in the schema
create table @schema@.audit_log (
  id serial primary key,
  message text
);
grant all on @schema@.audit_log to forum_example_postgraphile;
comment on table @schema@.audit_log is E'@omit';
