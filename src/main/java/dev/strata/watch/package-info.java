/**
 * Watch mode ({@code strata.watch}, PostGraphile's {@code --watch}): {@link dev.strata.watch.SchemaWatch} installs
 * the event triggers of {@code ddl/watch/install.sql} when an owner connection is configured
 * ({@link dev.strata.watch.WatchFixtures}) and runs a {@link dev.strata.watch.ChangeListener} on a connection of its
 * own, outside the pool: it listens on the channel {@code strata_watch}, lets a burst of DDL settle, and has the
 * {@link dev.strata.exec.Engine} rebuild the schema through that connection and swap it in. Which notifications
 * concern the served schemas: {@link dev.strata.watch.WatchedSchemas}.
 */
package dev.strata.watch;
