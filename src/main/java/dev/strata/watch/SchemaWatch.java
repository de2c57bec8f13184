package dev.strata.watch;

import dev.strata.boot.StrataDatabase;
import dev.strata.exec.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Watch mode ({@code strata.watch}): when the application starts, installs the event triggers with the owner
 * connection if one is configured, then listens for DDL on a connection of its own (not the pool's: it is held for
 * good) and rebuilds the schema when the configured schemas change. Every instance listening on the database hears
 * the same notifications, so every instance of a cluster reloads.
 */
@ApplicationScoped
public class SchemaWatch {

    private static final Logger LOG = Logger.getLogger(SchemaWatch.class.getName());

    @Inject
    @ConfigProperty(name = "strata.watch")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "strata.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "strata.db.user")
    String user;

    // server.xml's empty defaults read as absent
    @Inject
    @ConfigProperty(name = "strata.db.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "strata.watch.owner-user")
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = "strata.watch.owner-password")
    Optional<String> ownerPassword;

    @Inject
    @ConfigProperty(name = "strata.schemas")
    List<String> schemas;

    @Inject
    StrataDatabase database;

    @Inject
    Engine engine;

    private ChangeListener listener;

    void startWithApplication(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (!enabled) {
            return;
        }
        try {
            database.dataSource(); // starts the embedded database, when it is the one served
        } catch (RuntimeException e) {
            LOG.warning("Watch mode: the database is not ready (" + e.getMessage() + "); listening once it is");
        }
        ownerUser.map(String::strip).filter(name -> !name.isEmpty()).ifPresent(this::install);
        checkInstalled();
        listener = new ChangeListener(() -> connect(user, password), new WatchedSchemas(new HashSet<>(schemas)),
                engine::rebuild);
        Thread thread = new Thread(listener, "strata-watch");
        thread.setDaemon(true);
        thread.start();
        LOG.info(() -> "Watch mode: the GraphQL schema follows DDL in " + schemas);
    }

    /** Before any application bean goes (the embedded database with its own), so its end is no lost connection. */
    void stopWithApplication(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (listener != null) {
            listener.stop();
        }
    }

    private void install(String owner) {
        try (Connection connection = connect(owner, ownerPassword)) {
            WatchFixtures.install(connection);
            LOG.info(() -> "Watch mode: event triggers installed as " + owner + " (" + WatchFixtures.SCRIPT + ")");
        } catch (SQLException | RuntimeException e) {
            LOG.warning("Watch mode: the event triggers could not be installed as " + owner + ": " + e.getMessage());
        }
    }

    private void checkInstalled() {
        try (Connection connection = connect(user, password)) {
            if (!WatchFixtures.installed(connection)) {
                LOG.warning("Watch mode: the event triggers are not installed in the database, so no change is"
                        + " heard: run " + WatchFixtures.SCRIPT + " as a superuser (psql -f), or set"
                        + " strata.watch.owner-user and strata.watch.owner-password for Strata to run it at start");
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Watch mode: the event triggers could not be checked", e);
        }
    }

    /** A connection outside the pool, by the pool's own driver (the shared library {@code postgresqlLibrary}). */
    private Connection connect(String login, Optional<String> secret) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", login);
        secret.ifPresent(value -> properties.setProperty("password", value));
        properties.setProperty("ApplicationName", "strata-watch");
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("strata.db.url is not a PostgreSQL JDBC URL: " + url);
        }
        return connection;
    }
}
