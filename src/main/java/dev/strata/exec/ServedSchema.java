package dev.strata.exec;

import dev.strata.behavior.BehaviorReport;
import dev.strata.plan.SqlCompiler;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import java.util.Map;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;

/**
 * One built schema, ready to serve: graphql-java over the generated schema (with its document cache), the
 * compiler of its plans, the report of the behaviors that shaped it, and whether Java extension fields are merged
 * (their code may use JPA at any point of a request, so every read runs in the request's container transaction),
 * and which fields of PostgreSQL's errors its errors carry.
 * Immutable; a rebuild makes a new one.
 */
public record ServedSchema(GraphQL graphQL, GraphQLSchema schema, SqlCompiler compiler, BehaviorReport behaviors,
                           Map<String, BatchLoaderWithContext<Object, Object>> batchLoaders, boolean javaFields,
                           ErrorFields extendedErrors) {

    public ServedSchema {
        batchLoaders = Map.copyOf(batchLoaders);
    }

    /** The data loaders of one request: a new one per batched field, without caching across fields. */
    DataLoaderRegistry dataLoaders() {
        DataLoaderRegistry.Builder registry = DataLoaderRegistry.newRegistry();
        batchLoaders.forEach((name, loader) -> registry.register(name, DataLoaderFactory.newDataLoader(name, loader,
                DataLoaderOptions.newOptions().setCachingEnabled(false).build())));
        return registry.build();
    }
}
