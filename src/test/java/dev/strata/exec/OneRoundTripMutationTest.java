package dev.strata.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.boot.EmbeddedForumDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A request whose only field is a create is one round trip ({@link RequestTransaction#writeAlone}): the settings,
 * the insert that gives the payload and the commit all before one Sync, counted by a relay in front of PostgreSQL.
 * On a pool of one connection: a create that fails writes nothing, and no setting of any request reaches the next.
 */
class OneRoundTripMutationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> PERSON_1 = Map.of("role", "forum_example_person",
            "jwt.claims.person_id", "1", "statement_timeout", "30s", "jit", "off");
    private static final String NOTHING_LEFT = "forum_example_postgraphile off - 0 true";

    private static EmbeddedForumDatabase database;
    private static SyncCountingRelay relay;
    private static OneConnectionDataSource pool;
    private static RequestExecutor forum;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedForumDatabase.startFresh();
        relay = new SyncCountingRelay(database.port());
        PGSimpleDataSource relayed = new PGSimpleDataSource();
        relayed.setServerNames(new String[] {"localhost"});
        relayed.setPortNumbers(new int[] {relay.port()});
        relayed.setDatabaseName(database.database());
        relayed.setUser(EmbeddedForumDatabase.LOGIN_ROLE);
        relayed.setPassword(EmbeddedForumDatabase.LOGIN_PASSWORD);
        relayed.setSslMode("disable");
        pool = new OneConnectionDataSource(relayed);
        forum = TestSchemas.serve(pool, List.of("forum_example"), "");
    }

    @AfterAll
    static void stop() throws Exception {
        pool.close();
        relay.close();
        database.close();
    }

    @AfterEach
    void connectionIsAsItCame() throws SQLException {
        assertEquals(NOTHING_LEFT, leftOnConnection());
    }

    @Test
    void aCreateAloneIsOneRoundTripAndCommits() throws Exception {
        String create = """
                mutation { createPost(input: {post: {authorId: 1, headline: "One trip", topic: DISCUSSION}}) {
                  post { headline topic authorId } } }""";
        execute(create, PERSON_1); // the driver's first use of a statement may ask the server for its types
        int before = posts("One trip");
        int syncs = relay.syncs();
        JsonNode answer = execute(create, PERSON_1);
        assertEquals(1, relay.syncs() - syncs, "round trips of a create");
        assertEquals("{\"data\":{\"createPost\":{\"post\":{\"headline\":\"One trip\",\"topic\":\"DISCUSSION\","
                + "\"authorId\":1}}}}", answer.toString());
        assertEquals(before + 1, posts("One trip"));
    }

    @Test
    void aCreateThatFailsAfterInsertingWritesNothing() throws Exception {
        String tooLong = "x".repeat(300);
        JsonNode answer = execute("mutation { createPost(input: {post: {authorId: 1, headline: \"" + tooLong
                + "\"}}) { post { id } } }", PERSON_1);
        assertEquals("new row for relation \"post\" violates check constraint \"post_headline_check\"",
                answer.at("/errors/0/message").asText());
        assertEquals(0, posts(tooLong));
    }

    @Test
    void aCreateRowLevelSecurityRefusesWritesNothing() throws Exception {
        JsonNode answer = execute("""
                mutation { createPost(input: {post: {authorId: 2, headline: "Not mine"}}) { post { id } } }""",
                PERSON_1);
        assertEquals("new row violates row-level security policy for table \"post\"",
                answer.at("/errors/0/message").asText());
        assertEquals(0, posts("Not mine"));
    }

    @Test
    void aCreateAsARoleThatDoesNotExistRunsNothing() throws Exception {
        JsonNode answer = execute("""
                mutation { createPost(input: {post: {authorId: 1, headline: "Nobody's"}}) { post { id } } }""",
                Map.of("role", "nobody_here", "jwt.claims.person_id", "1"));
        assertEquals("role \"nobody_here\" does not exist", answer.at("/errors/0/message").asText());
        assertEquals(0, posts("Nobody's"));
    }

    private static JsonNode execute(String query, Map<String, String> settings) throws Exception {
        return JSON.valueToTree(forum.execute(new GraphQLRequest(query, null, null), settings).toSpecification());
    }

    /** Posts with the headline, read on the same connection as the login role. */
    private static int posts(String headline) throws SQLException {
        try (var statement = pool.physical().prepareStatement(
                "select count(*) from forum_example.post where headline = ?")) {
            statement.setString(1, headline);
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    /** The login role, READ ONLY, the person_id claim, statement_timeout and autocommit between requests. */
    private static String leftOnConnection() throws SQLException {
        try (Statement statement = pool.physical().createStatement(); ResultSet row = statement.executeQuery(
                "select current_user, current_setting('transaction_read_only'), "
                        + "coalesce(nullif(current_setting('jwt.claims.person_id', true), ''), '-'), "
                        + "current_setting('statement_timeout')")) {
            row.next();
            assertTrue(pool.physical().getAutoCommit(), "autocommit between requests");
            return row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " " + row.getString(4)
                    + " " + pool.physical().getAutoCommit();
        }
    }
}
