package dev.strata.exec;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.QueryCompiler;
import dev.strata.plan.QueryException;
import dev.strata.plan.Selection;
import dev.strata.sql.Sql;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The data fetcher of every root field: compiles the field's whole selection into one SQL statement, runs it in
 * the request's transaction and hands graphql-java the JSON PostgreSQL built. Errors become GraphQL errors with
 * the field's path and location; the field is null.
 */
public final class RootFieldFetcher implements DataFetcher<Object> {

    private static final Logger LOG = Logger.getLogger(RootFieldFetcher.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FieldPlan plan;

    public RootFieldFetcher(FieldPlan plan) {
        this.plan = plan;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) {
        QueryCompiler compiler = environment.getGraphQlContext().get(QueryCompiler.class);
        RequestTransaction transaction = environment.getGraphQlContext().get(RequestTransaction.class);
        try {
            Optional<Sql> statement = compiler.compile(plan, Selection.of(environment));
            if (statement.isEmpty()) {
                return null;
            }
            boolean mutation = environment.getOperationDefinition().getOperation()
                    == OperationDefinition.Operation.MUTATION;
            String json = transaction.run(!mutation, isolated(environment), connection -> query(connection,
                    statement.get()));
            return json == null ? null : JSON.readValue(json, Object.class);
        } catch (QueryException e) {
            return error(environment, e.getMessage());
        } catch (SQLException e) {
            LOG.log(Level.FINE, "database error in " + environment.getExecutionStepInfo().getPath(), e);
            return error(environment, DatabaseErrors.message(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String query(java.sql.Connection connection, Sql sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            List<Object> values = sql.values();
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** A savepoint is needed only when another root field could run after this one fails. */
    private static boolean isolated(DataFetchingEnvironment environment) {
        return environment.getOperationDefinition().getSelectionSet().getSelections().size() > 1
                || !(environment.getOperationDefinition().getSelectionSet().getSelections().get(0)
                instanceof graphql.language.Field);
    }

    private static DataFetcherResult<Object> error(DataFetchingEnvironment environment, String message) {
        return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(environment).message(message).build())
                .build();
    }
}
