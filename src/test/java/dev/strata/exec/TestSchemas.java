package dev.strata.exec;

import dev.strata.schema.JwtType;
import graphql.schema.GraphQLSchema;
import graphql.schema.validation.SchemaValidationError;
import graphql.schema.validation.SchemaValidator;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Serves schemas of a test database: with PostGraphile 4's defaults (every privilege shown, no JWT type), or as set.
 * Every schema served is first checked with graphql-java's schema validation, which the server's build leaves out
 * (it walks the schema along every path from the root: quadratic in the length of a chain of related tables).
 */
public final class TestSchemas {

    private TestSchemas() {
    }

    public static RequestExecutor serve(DataSource dataSource, List<String> schemas, String globalBehavior) {
        return serve(dataSource, new SchemaSettings(schemas, globalBehavior, true, JwtType.NONE));
    }

    public static RequestExecutor serve(DataSource dataSource, SchemaSettings settings) {
        try {
            RequestExecutor executor = RequestExecutor.over(dataSource, settings);
            valid(executor.schema().schema());
            return executor;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database's catalog: " + e.getMessage(), e);
        }
    }

    /** The schema, if graphql-java's schema validation finds nothing wrong in it. */
    public static GraphQLSchema valid(GraphQLSchema schema) {
        Collection<SchemaValidationError> errors = new SchemaValidator().validateSchema(schema);
        if (!errors.isEmpty()) {
            throw new AssertionError("invalid schema: " + errors);
        }
        return schema;
    }
}
