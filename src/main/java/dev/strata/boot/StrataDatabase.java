package dev.strata.boot;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * The application's database: Liberty's connection pool {@code jdbc/strata} (server.xml
 * {@code <dataSource id="strata">}), with the embedded PostgreSQL started behind it when no database URL is
 * configured ({@code strata.db.url} unset, blank, or left at its default, the embedded server's URL).
 *
 * <p>The embedded server is started when the application starts (so the first request does not wait for
 * it) and stopped when the application stops; its first start creates the forum demo database. The WAR does
 * not contain it: a {@link DatabaseStarter} found with {@link ServiceLoader} starts it, which only the
 * development and test servers have (the Liberty library {@code lib/embedded}). Without one, the embedded
 * default is refused with one log line asking for {@code strata.db.url}.
 */
@ApplicationScoped
public class StrataDatabase {

    /** The JNDI name of Liberty's connection pool (server.xml {@code <dataSource jndiName>}). */
    public static final String JNDI_NAME = "jdbc/strata";

    private static final Logger LOG = Logger.getLogger(StrataDatabase.class.getName());

    @Inject
    private Config config;

    private final Object lock = new Object();
    private volatile DataSource pool; // set once prepared
    private AutoCloseable embedded; // guarded by lock

    /**
     * The connection pool {@code jdbc/strata}. The first call (thread-safe) starts the embedded database
     * and loads the forum demo when the embedded mode applies; later calls only return the pool.
     *
     * @throws IllegalStateException when the embedded database cannot be started (a later call retries)
     */
    public DataSource dataSource() {
        DataSource ready = pool;
        if (ready == null) {
            synchronized (lock) {
                ready = pool;
                if (ready == null) {
                    startEmbeddedWhenConfigured();
                    ready = lookupPool();
                    pool = ready;
                }
            }
        }
        return ready;
    }

    private static DataSource lookupPool() {
        try {
            return InitialContext.doLookup(JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("No data source " + JNDI_NAME + " (server.xml <dataSource id=\"strata\">): "
                    + e.getMessage(), e);
        }
    }

    private void startEmbeddedWhenConfigured() {
        if (embedded != null) {
            return;
        }
        EmbeddedSettings settings = EmbeddedSettings.from(config);
        String user = config.getOptionalValue("strata.db.user", String.class).orElse("(unset)");
        if (settings.embedded()) {
            DatabaseStarter starter = starter(settings);
            LOG.info(() -> "Database: embedded PostgreSQL (" + settings.embeddedUrl() + ", user " + user
                    + "); set strata.db.url (STRATA_DB_URL) to use another database");
            embedded = starter.start(settings);
        } else {
            LOG.info(() -> "Database: " + settings.configuredUrl().orElseThrow() + " as " + user);
        }
    }

    /** The one embedded-database starter on the application's class path (none in a production server). */
    private static DatabaseStarter starter(EmbeddedSettings settings) {
        List<DatabaseStarter> starters = ServiceLoader.load(DatabaseStarter.class, StrataDatabase.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
        if (starters.isEmpty()) {
            throw new NoDatabaseConfigured("strata.db.url is the embedded PostgreSQL's URL (" + settings.embeddedUrl()
                    + ", its default), but this server has no embedded PostgreSQL (only the development and test"
                    + " servers have one): set strata.db.url (environment STRATA_DB_URL), strata.db.user and"
                    + " strata.db.password to your database");
        }
        if (starters.size() > 1) {
            throw new IllegalStateException("More than one " + DatabaseStarter.class.getName() + " on the class path: "
                    + starters.stream().map(s -> s.getClass().getName()).toList());
        }
        return starters.get(0);
    }

    /** The configuration names no usable database: reported in one log line, without a stack trace. */
    private static final class NoDatabaseConfigured extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NoDatabaseConfigured(String message) {
            super(message);
        }
    }

    void startWithApplication(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            dataSource();
        } catch (NoDatabaseConfigured e) {
            LOG.severe("Database not ready at application start: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Database not ready at application start: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        synchronized (lock) {
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "The embedded database did not stop cleanly: " + e.getMessage(), e);
                }
                embedded = null;
            }
            pool = null;
        }
    }
}
