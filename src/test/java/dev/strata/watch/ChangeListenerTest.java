package dev.strata.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.it.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The listener on the test database, with the event triggers of ddl/watch/install.sql, rebuilding into a counter. */
class ChangeListenerTest {

    private static final String SCHEMA = "watch_listener_test";

    private final DataSource superuser = TestDatabase.forum().superuserDataSource();
    private final AtomicInteger rebuilds = new AtomicInteger();
    private final AtomicInteger listeningPid = new AtomicInteger();
    private ChangeListener listener;
    private Thread thread;

    @BeforeEach
    void listen() throws SQLException, InterruptedException {
        try (Connection connection = superuser.getConnection()) {
            WatchFixtures.install(connection);
            execute("create schema " + SCHEMA);
        }
        DataSource login = TestDatabase.forum().loginRoleDataSource();
        listener = new ChangeListener(() -> {
            Connection connection = login.getConnection();
            listeningPid.set(single(connection, "select pg_backend_pid()"));
            return connection;
        }, new WatchedSchemas(Set.of(SCHEMA)), connection -> {
            try {
                single(connection, "select 1"); // the rebuild reads the catalog through the listening connection
                rebuilds.incrementAndGet();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        thread = new Thread(listener, "watch-test");
        thread.start();
        awaitTrue(() -> listeningPid.get() != 0, 5000);
    }

    @AfterEach
    void stop() throws Exception {
        listener.stop();
        thread.join(5000);
        execute("drop schema " + SCHEMA + " cascade");
    }

    @Test
    void fixturesAreInstalledForTheLoginRoleToSee() throws SQLException {
        try (Connection connection = TestDatabase.forum().loginRoleDataSource().getConnection()) {
            assertTrue(WatchFixtures.installed(connection));
        }
    }

    @Test
    void createCommentAndGrantInAWatchedSchemaEachRebuildWithinASecond() throws Exception {
        execute("create table " + SCHEMA + ".thing (id int primary key)");
        awaitTrue(() -> rebuilds.get() == 1, 1000);
        execute("comment on table " + SCHEMA + ".thing is 'A thing'");
        awaitTrue(() -> rebuilds.get() == 2, 1000);
        execute("grant select on " + SCHEMA + ".thing to forum_example_anonymous");
        awaitTrue(() -> rebuilds.get() == 3, 1000);
    }

    @Test
    void ddlElsewhereIsNotARebuild() throws Exception {
        execute("create temporary table scratch (id int)");
        execute("create table " + SCHEMA + ".after_scratch (id int)");
        awaitTrue(() -> rebuilds.get() >= 1, 1000);
        assertEquals(1, rebuilds.get(), "the temporary table (schema pg_temp_N) was no reason to rebuild");
    }

    @Test
    void aDroppedConnectionIsReopenedAndTheChangesMadeMeanwhileRebuilt() throws Exception {
        int first = listeningPid.get();
        execute("select pg_terminate_backend(" + first + ")");
        awaitTrue(() -> rebuilds.get() == 1 && listeningPid.get() != first, 5000);
        execute("create table " + SCHEMA + ".after_reconnect (id int)");
        awaitTrue(() -> rebuilds.get() == 2, 1000);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static void awaitTrue(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "not within " + millis + " ms");
            Thread.sleep(10);
        }
    }
}
