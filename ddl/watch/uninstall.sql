-- Removes Strata's watch mode triggers (ddl/watch/install.sql); Strata instances with strata.watch=true then
-- no longer see schema changes until restarted.
drop event trigger if exists strata_watch_ddl;
drop event trigger if exists strata_watch_drop;
drop schema if exists strata_watch cascade;
