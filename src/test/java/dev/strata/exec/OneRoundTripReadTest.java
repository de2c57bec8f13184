package dev.strata.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.it.TestDatabase;
import dev.strata.sql.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link RequestTransaction#readAlone}, the one-round-trip read, on a pool of one connection: the request's role,
 * claims and READ ONLY hold for the read, and nothing of them, nor of a failure, is left for the next request.
 */
class OneRoundTripReadTest {

    private static final Map<String, String> PERSON = Map.of("role", "forum_example_person",
            "jwt.claims.person_id", "3");
    private static final String IDENTITY = "select current_user || ' ' || current_setting('transaction_read_only')"
            + " || ' ' || coalesce(nullif(current_setting('jwt.claims.person_id', true), ''), '-')";
    private static final String NOTHING_LEFT = "forum_example_postgraphile off - true";

    private static OneConnectionDataSource pool;

    @BeforeAll
    static void start() throws SQLException {
        pool = new OneConnectionDataSource(TestDatabase.forum().loginRoleDataSource());
    }

    @AfterAll
    static void stop() throws SQLException {
        pool.close();
    }

    @AfterEach
    void connectionIsAsItCame() throws SQLException {
        assertEquals(NOTHING_LEFT, leftOnConnection());
    }

    @Test
    void roleClaimsAndReadOnlyApplyToTheRead() throws SQLException {
        assertEquals(List.of("forum_example_person on 3"), readAlone(PERSON, IDENTITY));
    }

    @Test
    void settingsOfOneRequestDoNotReachTheNext() throws SQLException {
        readAlone(PERSON, IDENTITY);
        assertEquals(List.of("forum_example_anonymous on -"),
                readAlone(Map.of("role", "forum_example_anonymous"), IDENTITY));
    }

    @Test
    void theReadCannotWrite() {
        SQLException refused = assertThrows(SQLException.class, () -> readAlone(PERSON,
                "update forum_example.post set headline = headline where id = 1 returning headline"));
        assertEquals("cannot execute UPDATE in a read-only transaction", DatabaseErrors.message(refused));
    }

    @Test
    void aFailingReadLeavesNothingBehind() throws SQLException {
        SQLException failed = assertThrows(SQLException.class, () -> readAlone(PERSON, "select (1 / 0)::text"));
        assertEquals("division by zero", DatabaseErrors.message(failed));
        assertEquals(List.of("forum_example_person on 3"), readAlone(PERSON, IDENTITY));
    }

    @Test
    void anUnknownRoleFailsBeforeTheRead() {
        SQLException failed = assertThrows(SQLException.class, () -> readAlone(Map.of("role", "nobody_here"),
                "select (1 / 0)::text"));
        assertEquals("role \"nobody_here\" does not exist", DatabaseErrors.message(failed));
    }

    @Test
    void aRequestWhoseTransactionIsOpenReadsInIt() throws SQLException {
        try (RequestTransaction request = new RequestTransaction(pool, new ConnectionInterceptor(PERSON))) {
            request.run(true, false, connection -> Statements.rows(connection, Sql.raw("select 1")));
            assertEquals(List.of("forum_example_person on 3"), request.readAlone(Sql.raw(IDENTITY)));
            assertTrue(!pool.physical().getAutoCommit(), "still in the request's transaction");
            request.finish(true);
        }
    }

    private static List<String> readAlone(Map<String, String> settings, String sql) throws SQLException {
        try (RequestTransaction request = new RequestTransaction(pool, new ConnectionInterceptor(settings))) {
            List<String> rows = request.readAlone(Sql.raw(sql));
            request.finish(true);
            return rows;
        }
    }

    /** The login role, READ ONLY, the person_id claim and autocommit of the connection between requests. */
    private static String leftOnConnection() throws SQLException {
        try (Statement statement = pool.physical().createStatement(); ResultSet row = statement.executeQuery(
                "select current_user, current_setting('transaction_read_only'), "
                        + "coalesce(nullif(current_setting('jwt.claims.person_id', true), ''), '-')")) {
            row.next();
            return row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " "
                    + pool.physical().getAutoCommit();
        }
    }
}
