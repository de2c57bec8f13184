/**
 * Start-up: the application's database. {@link dev.strata.boot.StrataDatabase} is Liberty's connection pool
 * {@code jdbc/strata}; when {@code strata.db.url} is left at the embedded default, it first has a
 * {@link dev.strata.boot.DatabaseStarter} (found with {@link java.util.ServiceLoader}; only the development and
 * test servers have one, in their library {@code lib/embedded}) start the embedded PostgreSQL with the forum demo.
 * {@link dev.strata.boot.DatabaseReadinessCheck} reports whether the database answers.
 */
package dev.strata.boot;
