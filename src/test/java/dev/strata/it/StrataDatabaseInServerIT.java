package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.boot.StrataDatabase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-server test (Arquillian, Liberty managed container, see {@code arquillian/arquillian.xml}): the built
 * WAR plus this class is deployed into the running integration-test server, and the test method runs there,
 * with CDI injection.
 */
@ExtendWith(ArquillianExtension.class)
class StrataDatabaseInServerIT {

    @Deployment
    static WebArchive deployment() {
        return InServerDeployment.strataWar("strata-arquillian.war")
                .addClass(StrataDatabaseInServerIT.class);
    }

    @Inject
    StrataDatabase database;

    @Test
    void dataSourceConnectsAsTheLoginRoleToTheForumDemo() throws Exception {
        try (Connection c = database.dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_user, (select count(*) from forum_example.person)")) {
            assertTrue(rs.next());
            assertEquals("forum_example_postgraphile", rs.getString(1));
            assertEquals(10, rs.getLong(2));
        }
    }

    /**
     * The application sees the very driver classes of Liberty's data source (server.xml: no driver in the WAR,
     * the class loader shares {@code postgresqlLibrary}), so the pool's connections unwrap to the driver's
     * interfaces, and a server error is a {@link PSQLException} the application can read.
     */
    @Test
    void poolConnectionsUnwrapToTheDriversPgConnection() throws Exception {
        try (Connection c = database.dataSource().getConnection()) {
            assertTrue(c.isWrapperFor(PGConnection.class));
            PGConnection pg = c.unwrap(PGConnection.class);
            assertTrue(pg.getBackendPID() > 0);
            try (Statement s = c.createStatement()) {
                SQLException error = assertThrows(SQLException.class, () -> s.execute("select 1/0"));
                PSQLException postgres = null;
                for (Throwable cause = error; cause != null && postgres == null; cause = cause.getCause()) {
                    postgres = cause instanceof PSQLException p ? p : null;
                }
                assertNotNull(postgres, () -> "no PSQLException in " + error);
                assertEquals("division by zero", postgres.getServerErrorMessage().getMessage());
            }
        }
    }
}
