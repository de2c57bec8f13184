package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.boot.StrataDatabase;
import dev.strata.exec.ConnectionInterceptor;
import dev.strata.exec.RequestTransaction;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-server (Arquillian): JPA/EclipseLink code run inside a request's transaction, through Strata's persistence unit on
 * Strata's data source, sees the request's role and claims, because the request transaction is the container's
 * JTA transaction and Liberty gives both the same physical connection (the test server's pool has ONE
 * connection: a second one could not even be had). Savepoints and READ ONLY work inside it.
 */
@ExtendWith(ArquillianExtension.class)
class RequestTransactionJpaInServerIT {

    @Deployment
    static WebArchive deployment() {
        return InServerDeployment.strataWar("strata-jpa.war")
                .addClasses(RequestTransactionJpaInServerIT.class, JpaProbe.class);
    }

    @Inject
    StrataDatabase database;

    @Inject
    JpaProbe jpa;

    @Test
    void jpaInTheRequestTransactionRunsAsTheRequestsRoleWithItsClaims() throws Exception {
        Map<String, String> person7 = Map.of("role", "forum_example_person", "jwt.claims.person_id", "7");
        try (RequestTransaction request = new RequestTransaction(database.dataSource(),
                new ConnectionInterceptor(person7))) {
            String strata = request.run(false, false, connection -> single(connection, JpaProbe.IDENTITY));
            assertEquals("forum_example_person 7 off", strata);
            assertEquals(strata, jpa.identity());
            String backend = request.run(false, false, connection -> single(connection,
                    "select pg_backend_pid()::text"));
            assertEquals(backend, String.valueOf(jpa.backend()));

            // a root field that fails rolls back to its savepoint; the transaction and its settings go on
            assertThrows(SQLException.class, () -> request.run(false, true, connection -> single(connection,
                    "select (1 / 0)::text")));
            assertEquals(strata, request.run(false, true, connection -> single(connection, JpaProbe.IDENTITY)));
            assertEquals(strata, jpa.identity());
            request.finish(true);
        }
        // nothing of the request is left: JPA outside it is the login role again
        assertEquals("forum_example_postgraphile - off", jpa.identity());
    }

    @Test
    void jpaInAReadOnlyRequestIsReadOnlyToo() throws Exception {
        try (RequestTransaction request = new RequestTransaction(database.dataSource(),
                new ConnectionInterceptor(Map.of("role", "forum_example_anonymous")))) {
            assertEquals("forum_example_anonymous - on",
                    request.run(true, false, connection -> single(connection, JpaProbe.IDENTITY)));
            assertEquals("forum_example_anonymous - on", jpa.identity());
            request.finish(true);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
