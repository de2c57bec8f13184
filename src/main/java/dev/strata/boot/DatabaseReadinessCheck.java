package dev.strata.boot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers {@code select 1} through the application's pool ({@code /health/ready}). */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final String NAME = "database";
    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    @Inject
    StrataDatabase database;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = database.dataSource().getConnection();
             Statement s = c.createStatement()) {
            s.setQueryTimeout(5);
            try (ResultSet rs = s.executeQuery("select 1")) {
                if (rs.next() && rs.getInt(1) == 1) {
                    return HealthCheckResponse.up(NAME);
                }
            }
            return HealthCheckResponse.named(NAME).down().withData("error", "select 1 returned no 1").build();
        } catch (Exception e) {
            LOG.log(Level.FINE, "readiness: database check failed", e);
            // no message (it may carry host names or SQL) and no Java class name: PostgreSQL's SQLSTATE says enough
            HealthCheckResponseBuilder down = HealthCheckResponse.named(NAME).down()
                    .withData("error", "the database does not answer");
            return (e instanceof SQLException sql && sql.getSQLState() != null
                    ? down.withData("sqlstate", sql.getSQLState()) : down).build();
        }
    }
}
