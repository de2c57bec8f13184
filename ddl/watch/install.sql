-- Strata's watch mode (strata.watch, README "Watch mode"): after every DDL command (create, alter, drop, comment,
-- grant, revoke, ...) PostgreSQL sends a notification on the channel strata_watch whose payload is the JSON array
-- of the schemas the command touched (null where PostgreSQL does not say, e.g. for GRANT). Every Strata instance
-- listening on the database rebuilds its GraphQL schema when a configured schema, or an unnamed one, is among them.
--
-- Event triggers need a superuser: run this once per database, e.g.
--   psql -h db.example -U postgres -d app -f ddl/watch/install.sql
-- or let Strata run it at start with an owner connection (strata.watch.owner-user, strata.watch.owner-password).
-- Running it again replaces it; ddl/watch/uninstall.sql removes it.

create schema if not exists strata_watch;

comment on schema strata_watch is 'Strata watch mode: event triggers that notify the channel strata_watch after DDL';

create or replace function strata_watch.notify() returns event_trigger
language plpgsql as $$
declare
  touched text;
begin
  if tg_event = 'sql_drop' then
    select json_agg(distinct schema_name)::text into touched from pg_event_trigger_dropped_objects();
  else
    select json_agg(distinct schema_name)::text into touched from pg_event_trigger_ddl_commands();
  end if;
  perform pg_notify('strata_watch', coalesce(touched, '[null]'));
end;
$$;

drop event trigger if exists strata_watch_ddl;
create event trigger strata_watch_ddl on ddl_command_end execute function strata_watch.notify();

drop event trigger if exists strata_watch_drop;
create event trigger strata_watch_drop on sql_drop execute function strata_watch.notify();
