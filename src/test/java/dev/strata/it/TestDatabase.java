package dev.strata.it;

import dev.strata.boot.EmbeddedForumDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The forum demo database for tests that run in the test JVM (surefire or failsafe): one embedded
 * PostgreSQL per JVM, started on first use with a fresh data directory (free port, temporary directory),
 * loaded with {@code ddl/forum/schema.sql} and {@code data.sql}, stopped when the JVM exits.
 *
 * <pre>{@code
 * DataSource ds = TestDatabase.forum().loginRoleDataSource();   // as forum_example_postgraphile
 * DataSource su = TestDatabase.forum().superuserDataSource();   // as postgres
 * String url = TestDatabase.forum().jdbcUrl();                  // jdbc:postgresql://localhost:<port>/forum
 * }</pre>
 *
 * Tests share the database: a test that changes data does it in a transaction it rolls back, or restores
 * what it changed.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The shared forum database, started on the first call (thread-safe). */
    public static EmbeddedForumDatabase forum() {
        return Holder.FORUM;
    }

    /** Runs a SQL script of the repository (e.g. {@code ddl/test/crud.sql}) as one statement, as the superuser. */
    public static void runScript(DataSource superuser, String path) throws IOException, SQLException {
        try (Connection connection = superuser.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(Path.of(path)));
        }
    }

    private static final class Holder {
        static final EmbeddedForumDatabase FORUM = start();

        private static EmbeddedForumDatabase start() {
            EmbeddedForumDatabase db = EmbeddedForumDatabase.startFresh();
            Runtime.getRuntime().addShutdownHook(new Thread(db::close, "test-database-stop"));
            return db;
        }
    }
}
