package dev.strata.exec;


import dev.strata.boot.StrataDatabase;

import graphql.ExecutionResult;
import graphql.schema.GraphQLSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The application's {@link GraphQLService}, over the configured database and schemas. */
@ApplicationScoped
public class Engine {

    @Inject
    StrataDatabase database;

    @Inject
    @ConfigProperty(name = "strata.schemas", defaultValue = "forum_example")
    List<String> schemas;

    @Inject
    @ConfigProperty(name = "strata.behavior.default", defaultValue = " ")
    String globalBehavior;

    private volatile GraphQLService service;

    public ExecutionResult execute(GraphQLRequest request, Map<String, String> settings) throws SQLException {
        return service().execute(request, settings);
    }

    public GraphQLSchema schema() {
        return service().schema();
    }

    private GraphQLService service() {
        if (service == null) {
            synchronized (this) {
                if (service == null) {
                    service = new GraphQLService(database.dataSource(), schemas, globalBehavior.strip());
                }
            }
        }
        return service;
    }
}
