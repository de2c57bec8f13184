package dev.strata.exec;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.ExecutionResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Runs GraphQL requests against one built schema: each request in its own transaction on the data source, with
 * the request's role and claims applied first (identity → transaction → graphql-java → SQL → result).
 */
public final class RequestExecutor {

    private final DataSource dataSource;
    private final ServedSchema schema;
    private final Map<String, String> transactionSettings;
    private final CompiledReads reads = new CompiledReads(1000);

    public RequestExecutor(DataSource dataSource, ServedSchema schema) {
        this(dataSource, schema, Map.of());
    }

    /** @param transactionSettings settings every request's transaction starts with, before its identity's */
    public RequestExecutor(DataSource dataSource, ServedSchema schema, Map<String, String> transactionSettings) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.transactionSettings = Map.copyOf(transactionSettings);
    }

    /** Builds the schema of the database behind the data source and serves it. */
    public static RequestExecutor over(DataSource dataSource, SchemaSettings settings) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return over(dataSource, connection, settings);
        }
    }

    /** Builds the schema reading the catalog through {@code catalog} (watch mode's own connection) and serves it. */
    public static RequestExecutor over(DataSource dataSource, Connection catalog, SchemaSettings settings)
            throws SQLException {
        return new RequestExecutor(dataSource, SchemaFactory.build(catalog, settings),
                settings.limits().transactionSettings());
    }

    /** @param settings the role and {@code jwt.claims.*} settings of the request's identity */
    public ExecutionResult execute(GraphQLRequest request, Map<String, String> settings) throws SQLException {
        Map<String, String> all = new LinkedHashMap<>(transactionSettings);
        all.putAll(settings);
        ConnectionInterceptor interceptor = new ConnectionInterceptor(all);
        CompiledReads.Read known = reads.get(request);
        if (known != null) {
            ExecutionResult answered = answer(known, interceptor);
            if (answered != null) {
                return answered;
            }
        }
        try (RequestTransaction transaction = new RequestTransaction(dataSource, interceptor)) {
            CompiledReads.Recorder recorder = new CompiledReads.Recorder();
            ExecutionInput input = ExecutionInput.newExecutionInput().query(request.query())
                    .operationName(request.operationName()).variables(request.variables())
                    .dataLoaderRegistry(schema.dataLoaders())
                    .graphQLContext(Map.of(ServedSchema.class, schema,
                            RequestTransaction.class, transaction, CompiledReads.Recorder.class, recorder))
                    .build();
            ExecutionResult result = schema.graphQL().execute(input);
            reads.remember(request, recorder, result.getErrors().isEmpty());
            // A mutation commits even with errors: its failed fields were rolled back to their own savepoints.
            try {
                transaction.finish(result.getErrors().isEmpty());
            } catch (GlobalTransaction.RolledBack rolledBack) {
                List<GraphQLError> errors = new ArrayList<>(result.getErrors());
                errors.add(GraphqlErrorBuilder.newError().message(rolledBack.getMessage()).build());
                return ExecutionResult.newExecutionResult().errors(errors).build();
            }
            return result;
        }
    }

    /**
     * A known request answered by its one statement, as graphql-java answered it the first time; null when the
     * read fails or finds nothing, which graphql-java's whole path then answers (with the field's error and path).
     */
    private ExecutionResult answer(CompiledReads.Read read, ConnectionInterceptor interceptor) {
        List<String> rows;
        try (RequestTransaction transaction = new RequestTransaction(dataSource, interceptor)) {
            rows = transaction.readAlone(read.statement());
            transaction.finish(true);
        } catch (SQLException | RuntimeException e) {
            return null;
        }
        if (rows.isEmpty() || rows.get(0) == null) {
            return null;
        }
        return ExecutionResult.newExecutionResult().data(Map.of(read.resultKey(), new RawJson(rows.get(0))))
                .build();
    }

    public ServedSchema schema() {
        return schema;
    }
}
