package dev.strata.plan;

import dev.strata.sql.Sql;
import java.util.Optional;

/**
 * The compiler of one schema: turns a root field's plan and selection into its SQL. Queries compile to one
 * statement ({@link QueryCompiler}); mutations to their write and, when the payload needs it, the read after it
 * ({@link MutationCompiler}, which compiles the payload's selection through the query compiler). A statement longer
 * than the maximum is refused ({@link SqlTooLong}) before it is sent.
 */
public final class SqlCompiler {

    /** The key of the object type name in the JSON of fields whose GraphQL type is an interface. */
    public static final String TYPE_KEY = "@type";

    /** The node id of the root query type. */
    public static final String QUERY_NODE_ID = "query";

    private final QueryCompiler queries;
    private final MutationCompiler mutations;
    private final int maxSqlLength;

    /** @param maxSqlLength the longest statement (characters) a field may compile to */
    public SqlCompiler(FieldPlans plans, SqlValues values, int maxSqlLength) {
        this.queries = new QueryCompiler(plans, values);
        this.mutations = new MutationCompiler(queries, plans, values);
        this.maxSqlLength = maxSqlLength;
    }

    /**
     * The statement of a query root field, or empty when it needs no SQL (e.g. an invalid node id).
     *
     * @param asResponseText whether its JSON is to go into the response as it is: enums by their GraphQL names,
     *                       node ids and cursors encoded as PostGraphile 4 encodes them; a field whose node ids or
     *                       cursors PostgreSQL cannot encode so throws {@link NotResponseText}
     */
    public Optional<Sql> query(FieldPlan plan, Selection field, boolean asResponseText) {
        return queries.compile(plan, field, asResponseText).map(this::bounded);
    }

    /**
     * The statement that reads rows chosen by Java code, by their primary keys (each the key's values in order),
     * with the field's selection.
     */
    public Sql keyedRows(KeyedRows plan, java.util.List<java.util.List<Object>> keys, Selection field) {
        return bounded(queries.keyedRows(plan, keys, field));
    }

    /** The statements of a mutation field, or empty when it writes nothing (an empty patch, a foreign node id). */
    public Optional<MutationStatements> mutation(MutationPlan plan, Selection field) {
        return mutations.compile(plan, field).map(statements -> new MutationStatements(bounded(statements.write()),
                statements.writeGivesPayload() ? null : written -> bounded(statements.readBack().apply(written)),
                statements.noRowMessage()));
    }

    private Sql bounded(Sql statement) {
        if (statement.text().length() > maxSqlLength) {
            throw new SqlTooLong(statement.text().length(), maxSqlLength);
        }
        return statement;
    }
}
