package dev.strata.exec;

import dev.strata.schema.JwtType;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Serves schemas of a test database: with PostGraphile 4's defaults (every privilege shown, no JWT type), or as set. */
public final class TestSchemas {

    private TestSchemas() {
    }

    public static RequestExecutor serve(DataSource dataSource, List<String> schemas, String globalBehavior) {
        return serve(dataSource, new SchemaSettings(schemas, globalBehavior, true, JwtType.NONE));
    }

    public static RequestExecutor serve(DataSource dataSource, SchemaSettings settings) {
        try {
            return RequestExecutor.over(dataSource, settings);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database's catalog: " + e.getMessage(), e);
        }
    }
}
