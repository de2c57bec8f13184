package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Watch mode on the test server ({@code strata.watch=true}, the event triggers installed at start with the owner
 * connection {@code postgres}): DDL in {@code forum_example} reaches the served SDL within about a second, without a
 * restart. Each test undoes its DDL and waits until the schema is back.
 */
class WatchModeIT {

    /**
     * Watch mode serves the rebuilt schema within a second of the DDL's commit on an idle machine (a settling pause
     * of at most half a second, then one schema build); a build takes several times longer on a loaded CI machine.
     */
    private static final long WITHIN_MS = 5000;

    private static final int LOCK = 4242;

    @BeforeAll
    static void serverIsUp() {
        StrataServer.awaitReady(); // it has created the database by then
    }

    @Test
    void anAddedColumnIsServed() throws Exception {
        ddl("alter table forum_example.post add column watch_rating int");
        awaitSdl(sdl -> sdl.contains("watchRating: Int"));
        ddl("alter table forum_example.post drop column watch_rating");
        awaitSdl(sdl -> !sdl.contains("watchRating"));
    }

    @Test
    void anAddedTableIsServed() throws Exception {
        ddl("create table forum_example.watch_note (id serial primary key, body text)");
        awaitSdl(sdl -> sdl.contains("allWatchNotes(") && sdl.contains("type WatchNote implements Node"));
        ddl("drop table forum_example.watch_note");
        awaitSdl(sdl -> !sdl.contains("WatchNote"));
    }

    @Test
    void anAddedFunctionIsServedAndAnswers() throws Exception {
        ddl("create function forum_example.watch_answer() returns int language sql stable as 'select 42'");
        ddl("grant execute on function forum_example.watch_answer() to forum_example_anonymous");
        awaitSdl(sdl -> sdl.contains("watchAnswer: Int"));
        StrataServer.Response answer = StrataServer.graphql("{ watchAnswer }", null);
        assertEquals("{\"data\":{\"watchAnswer\":42}}", answer.body());
        ddl("drop function forum_example.watch_answer()");
        awaitSdl(sdl -> !sdl.contains("watchAnswer"));
    }

    @Test
    void aChangedCommentIsServed() throws Exception {
        String original = single("select col_description('forum_example.post'::regclass, attnum) from pg_attribute"
                + " where attrelid = 'forum_example.post'::regclass and attname = 'headline'");
        ddl("comment on column forum_example.post.headline is 'Watched headline.'");
        try {
            awaitSdl(sdl -> sdl.contains("Watched headline."));
        } finally {
            ddl("comment on column forum_example.post.headline is " + (original == null ? "null"
                    : "'" + original.replace("'", "''") + "'"));
        }
        awaitSdl(sdl -> !sdl.contains("Watched headline."));
    }

    @Test
    void aRequestInFlightCompletesOnTheSchemaItStartedWith() throws Exception {
        // The function waits for a lock the test holds: the request is in flight until the test lets it go.
        ddl("create function forum_example.watch_slow() returns int language sql stable"
                + " as 'select 1 from pg_advisory_xact_lock_shared(" + LOCK + ")'");
        ddl("grant execute on function forum_example.watch_slow() to forum_example_anonymous");
        awaitSdl(sdl -> sdl.contains("watchSlow: Int"));
        CompletableFuture<StrataServer.Response> inFlight;
        try (Connection lock = superuser(); Statement holder = lock.createStatement()) {
            holder.execute("select pg_advisory_lock(" + LOCK + ")");
            inFlight = CompletableFuture.supplyAsync(() -> StrataServer.graphql("{ watchSlow }", null),
                    runnable -> new Thread(runnable, "in-flight request").start());
            awaitTrue(() -> "1".equals(single("select count(*) from pg_locks where locktype = 'advisory'"
                    + " and objid = " + LOCK + " and not granted")));
            ddl("comment on function forum_example.watch_slow() is '@name watchRenamed'");
            awaitSdl(sdl -> sdl.contains("watchRenamed: Int") && !sdl.contains("watchSlow"));
            assertFalse(inFlight.isDone(), "the schema was swapped while the request ran");
        }
        StrataServer.Response answer = inFlight.get();
        assertEquals(200, answer.status());
        assertEquals("{\"data\":{\"watchSlow\":1}}", answer.body());
        assertEquals(400, StrataServer.graphql("{ watchSlow }", null).status(), "a new request runs on the new schema");
        ddl("drop function forum_example.watch_slow()");
        awaitSdl(sdl -> !sdl.contains("watchRenamed"));
    }

    @Test
    void aFailedRebuildKeepsTheSchemaServed() throws Exception {
        String before = StrataServer.get("/graphql/schema.graphql").body();
        long logged = warnings();
        // The test server merges the sample Java mutation publishDigest: a function of that name clashes with it.
        ddl("create function forum_example.publish_digest() returns int language sql volatile as 'select 1'");
        try {
            awaitTrue(() -> warnings() > logged);
            assertEquals(before, StrataServer.get("/graphql/schema.graphql").body());
            assertEquals(200, StrataServer.graphql("{ allPeople(first: 1) { totalCount } }", null).status());
        } finally {
            ddl("drop function forum_example.publish_digest()");
        }
    }

    /** The WARNINGs of failed rebuilds in the test server's log so far. */
    private static long warnings() throws IOException {
        try (var lines = Files.lines(Path.of("target/liberty/wlp/usr/servers/strata-it/logs/messages.log"))) {
            return lines.filter(line -> line.contains("the schema served so far stays")).count();
        }
    }

    private static void awaitSdl(Predicate<String> served) throws InterruptedException {
        long start = System.nanoTime();
        while ((System.nanoTime() - start) / 1_000_000 < WITHIN_MS) {
            if (served.test(StrataServer.get("/graphql/schema.graphql").body())) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the served SDL did not change within " + WITHIN_MS + " ms");
    }

    private static void awaitTrue(Condition condition) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.holds()) {
            assertTrue(System.currentTimeMillis() < deadline, "not within 30 s");
            Thread.sleep(20);
        }
    }

    private interface Condition {
        boolean holds() throws SQLException, IOException;
    }

    private static void ddl(String sql) throws SQLException {
        try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(String query) throws SQLException {
        try (Connection connection = superuser(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    /** The test server's embedded database as its superuser (it trusts local connections). */
    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:"
                + Integer.getInteger("strata.it.embedded.port") + "/forum", "postgres", null);
    }
}
