package dev.strata.exec;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.limits.LimitExceeded;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.KeyedRows;
import dev.strata.plan.MutationPlan;
import dev.strata.plan.MutationStatements;
import dev.strata.plan.NotResponseText;
import dev.strata.plan.QueryException;
import dev.strata.plan.Selection;
import dev.strata.plan.SqlCompiler;
import dev.strata.plan.SqlTooLong;
import dev.strata.sql.Sql;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The data fetcher of every root field: compiles the field's whole selection into SQL, runs it in the request's
 * transaction and hands graphql-java the JSON PostgreSQL built. Errors become GraphQL errors with the field's path
 * and location; the field is null.
 */
public final class RootFieldFetcher implements DataFetcher<Object> {

    private static final Logger LOG = Logger.getLogger(RootFieldFetcher.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a root field does with the request: its value, or null. */
    private interface Resolution {
        Object resolve(SqlCompiler compiler, RequestTransaction transaction, DataFetchingEnvironment environment)
                throws SQLException, IOException;
    }

    private final Resolution resolution;

    private RootFieldFetcher(Resolution resolution) {
        this.resolution = resolution;
    }

    /** A field of the Query type: one statement. */
    public static RootFieldFetcher query(FieldPlan plan) {
        return new RootFieldFetcher((compiler, transaction, environment) -> {
            boolean mutation = inMutation(environment);
            boolean isolated = isolated(environment);
            boolean javaFields = served(environment).javaFields();
            // Only the query strategy splices (a mutation's payload reads are completed by graphql-java's own)
            Compiled compiled = compile(compiler, plan, Selection.of(environment),
                    !mutation && !javaFields && Splicing.completesAsRead(environment));
            boolean spliced = compiled.spliced();
            Optional<Sql> statement = compiled.statement();
            if (statement.isEmpty()) {
                return null;
            }
            String json;
            if (!mutation && !isolated && !javaFields) {
                json = first(transaction.readAlone(statement.get()));
            } else {
                // A read in a mutation's payload (`query { ... }`) gets a savepoint too, so that its failure cannot
                // abort the transaction that holds the writes.
                json = transaction.run(!mutation, mutation || isolated,
                        connection -> first(Statements.rows(connection, statement.get())));
            }
            if (json != null && spliced) {
                CompiledReads.Recorder recorder = environment.getGraphQlContext().get(CompiledReads.Recorder.class);
                if (!isolated && recorder != null) {
                    recorder.splicedAlone(environment.getField().getResultKey(), statement.get());
                }
                return new RawJson(json);
            }
            return parsed(json);
        });
    }

    /** A query field's statement, and whether its JSON is the response's text. */
    private record Compiled(Optional<Sql> statement, boolean spliced) {
    }

    private static Compiled compile(SqlCompiler compiler, FieldPlan plan, Selection selection, boolean spliceable) {
        if (spliceable) {
            try {
                return new Compiled(compiler.query(plan, selection, true), true);
            } catch (NotResponseText e) {
                // a node id or cursor only Java encodes as PostGraphile 4 does: graphql-java completes the field
            }
        }
        return new Compiled(compiler.query(plan, selection, false), false);
    }

    /**
     * A field of the Mutation type: its write and, when needed, the read of its payload. When the request has
     * several root fields, in its own savepoint: when it fails, nothing of it remains, and the fields before it are
     * kept (the transaction commits at the end of the request). Alone, its failure rolls the transaction back; alone
     * and one statement that gives its payload and cannot fail for finding no row (a create), it is one round trip
     * ({@link RequestTransaction#writeAlone}).
     */
    public static RootFieldFetcher mutation(MutationPlan plan) {
        return new RootFieldFetcher((compiler, transaction, environment) -> {
            Optional<MutationStatements> statements = compiler.mutation(plan, Selection.of(environment));
            if (statements.isEmpty()) {
                return null;
            }
            if (statements.get().writeGivesPayload() && statements.get().noRowMessage() == null
                    && !isolated(environment) && !served(environment).javaFields()) {
                return parsed(first(transaction.writeAlone(statements.get().write())));
            }
            return parsed(transaction.run(false, isolated(environment),
                    connection -> mutate(connection, statements.get())));
        });
    }

    /**
     * A field resolved by Java code, in the request's transaction: a read-only one for a query field, a savepoint
     * for a mutation field (or for a query field beside others). An answer with errors rolls its savepoint back.
     */
    public static RootFieldFetcher java(DataFetcher<?> resolver, boolean mutationField) {
        return new RootFieldFetcher((compiler, transaction, environment) -> runJava(transaction, environment,
                mutationField, connection -> answered(resolver, environment)));
    }

    /** A field resolved by Java code that answers rows of a generated type; then one statement reads them. */
    public static RootFieldFetcher javaRows(DataFetcher<?> resolver, KeyedRows rows, List<String> keyFields,
                                            boolean mutationField) {
        return new RootFieldFetcher((compiler, transaction, environment) -> {
            Object answer = runJava(transaction, environment, mutationField, connection -> {
                List<List<Object>> keys = keys(answered(resolver, environment), rows.list(), keyFields);
                return !rows.list() && keys.isEmpty() ? null : first(Statements.rows(connection,
                        compiler.keyedRows(rows, keys, Selection.of(environment))));
            });
            return answer instanceof String json ? parsed(json) : answer;
        });
    }

    /**
     * Runs Java code's work in the request's transaction: read-only in a query; in a savepoint for a mutation
     * field, in a mutation, or beside other root fields. A field whose code answered with errors gives that answer,
     * its work rolled back.
     */
    private static Object runJava(RequestTransaction transaction, DataFetchingEnvironment environment,
                                  boolean mutationField, RequestTransaction.Work<?> work) throws SQLException {
        boolean mutation = inMutation(environment);
        try {
            return transaction.run(!mutation, mutationField || mutation || isolated(environment), work);
        } catch (FailedField failed) {
            return failed.result;
        }
    }

    private static boolean inMutation(DataFetchingEnvironment environment) {
        return environment.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION;
    }

    /** The primary keys of the rows Java code answered (one object, or a list of them), in order. */
    private static List<List<Object>> keys(Object answer, boolean list, List<String> keyFields) {
        List<List<Object>> keys = new ArrayList<>();
        if (answer == null) {
            return keys;
        }
        for (Object row : list ? (Iterable<?>) answer : List.of(answer)) {
            Map<?, ?> fields = row == null ? Map.of() : JSON.convertValue(row, Map.class);
            keys.add(keyFields.stream().map(field -> (Object) fields.get(field)).toList());
        }
        return keys;
    }

    /** The resolver's answer; an answer with errors is thrown, so that the field's savepoint rolls back. */
    private static Object answered(DataFetcher<?> resolver, DataFetchingEnvironment environment) {
        Object value;
        try {
            value = resolver.get(environment);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (value instanceof DataFetcherResult<?> result && result.hasErrors()) {
            throw new FailedField(result);
        }
        return value;
    }

    /** A field whose resolver answered with errors. */
    private static final class FailedField extends RuntimeException {
        private final transient DataFetcherResult<?> result;

        FailedField(DataFetcherResult<?> result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    @Override
    public Object get(DataFetchingEnvironment environment) {
        SqlCompiler compiler = served(environment).compiler();
        RequestTransaction transaction = environment.getGraphQlContext().get(RequestTransaction.class);
        try {
            return resolution.resolve(compiler, transaction, environment);
        } catch (SqlTooLong e) {
            return error(environment, e.getMessage(), LimitExceeded.MAX_SQL_LENGTH_EXCEEDED.name());
        } catch (QueryException e) {
            return error(environment, e.getMessage(), fields -> fields.ofCode(e.errcode()));
        } catch (SQLException e) {
            LOG.log(Level.FINE, "database error in " + environment.getExecutionStepInfo().getPath(), e);
            if (DatabaseUnavailable.is(e)) {
                return error(environment, DatabaseUnavailable.MESSAGE, DatabaseUnavailable.CODE);
            }
            return error(environment, DatabaseErrors.message(e), fields -> DatabaseErrors.server(e)
                    .map(fields::of).orElseGet(() -> fields.ofCode(e.getSQLState())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServedSchema served(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().get(ServedSchema.class);
    }

    private static Object parsed(String json) throws IOException {
        return json == null ? null : JSON.readValue(json, Object.class);
    }

    /** Runs a mutation's write, then, if the payload needs it, the read of its payload; gives the payload JSON. */
    private static String mutate(Connection connection, MutationStatements statements) throws SQLException {
        List<String> written = Statements.rows(connection, statements.write());
        if (written.isEmpty() && statements.noRowMessage() != null) {
            throw new QueryException(statements.noRowMessage());
        }
        if (statements.writeGivesPayload()) {
            return first(written);
        }
        return first(Statements.rows(connection, statements.readBack().apply(written)));
    }

    private static String first(List<String> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** A savepoint is needed only when another root field could run after this one fails. */
    private static boolean isolated(DataFetchingEnvironment environment) {
        return environment.getOperationDefinition().getSelectionSet().getSelections().size() > 1
                || !(environment.getOperationDefinition().getSelectionSet().getSelections().get(0)
                instanceof graphql.language.Field);
    }

    /** The field's error; with extended errors, with the fields {@code extended} picks of what failed. */
    private static DataFetcherResult<Object> error(DataFetchingEnvironment environment, String message,
                                                   Function<ErrorFields, Map<String, Object>> extended) {
        GraphQLError error = GraphqlErrorBuilder.newError(environment).message(message).build();
        ErrorFields fields = served(environment).extendedErrors();
        return DataFetcherResult.newResult().error(fields.any()
                ? new ExtendedError(error, extended.apply(fields)) : error).build();
    }

    /** An error with its {@code extensions.code}. */
    private static DataFetcherResult<Object> error(DataFetchingEnvironment environment, String message, String code) {
        return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(environment).message(message)
                .extensions(Map.of("code", code)).build()).build();
    }
}
