package dev.strata.plan;

import dev.strata.naming.FixedNames;
import dev.strata.plan.MutationPlan.InputColumn;
import dev.strata.plan.FieldPlan.Shape;
import dev.strata.plan.QueryCompiler.Written;
import dev.strata.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles a mutation field: the statement that writes (insert, update, delete, or the call of a VOLATILE
 * function) and the payload's JSON, whose selection compiles through the {@link QueryCompiler} like any object's.
 *
 * <p>Why one statement or two: a data-modifying statement's effects are invisible to the rest of that statement
 * (it runs on one snapshot), so a payload that reads the database (a relation of the row, a computed column) is
 * read by a second statement after the write, in the same savepoint with the same role and claims, as
 * PostGraphile 4 does. The written rows travel from the first statement to the second in their text form and are
 * cast back to their row type there, which serves deleted rows, tables without a primary key and function results
 * alike. A payload that reads only the written row's own columns (its node id, its edge's cursor, and
 * {@code clientMutationId}) is provably the same when computed by the writing statement itself ({@code returning}
 * it, or selecting it from the function's result), so that is one statement. {@code query { ... }} never needs
 * the second statement: its fields are root fields, run by their own fetchers after the mutation field.
 */
final class MutationCompiler {

    /** The alias of the written row, distinct from the compiler's {@code t0, t1, ...}. */
    private static final String ROW = "m";

    private final QueryCompiler queries;
    private final FieldPlans plans;
    private final SqlValues values;

    /** @param queries compiles the payload's selection, as any object's */
    MutationCompiler(QueryCompiler queries, FieldPlans plans, SqlValues values) {
        this.queries = queries;
        this.plans = plans;
        this.values = values;
    }

    /** The statements of a mutation field, or empty when it writes nothing (an empty patch, a foreign node id). */
    Optional<MutationStatements> compile(MutationPlan plan, Selection field) {
        Map<?, ?> input = (Map<?, ?>) field.argument(FixedNames.INPUT);
        Object clientMutationId = input.get(FixedNames.CLIENT_MUTATION_ID);
        return plan.accept(new MutationPlan.Visitor<>() {
            @Override
            public Optional<MutationStatements> create(MutationPlan.Create create) {
                return Optional.of(tableWrite(create.table(), insert(create, input), plan, field, clientMutationId,
                        null));
            }

            @Override
            public Optional<MutationStatements> update(MutationPlan.Update update) {
                List<Sql> assignments = assignments(update.columns(), (Map<?, ?>) input.get(update.patchField()));
                Optional<Sql> row = rowCondition(update.finder(), update.table(), input);
                if (assignments.isEmpty() || row.isEmpty()) {
                    return Optional.empty();
                }
                Sql statement = Sql.of("update {} as " + ROW + " set {} where {}", update.table().from(),
                        Sql.join(", ", assignments), row.get());
                return Optional.of(tableWrite(update.table(), statement, plan, field, clientMutationId,
                        noRowMessage("update", update.finder())));
            }

            @Override
            public Optional<MutationStatements> delete(MutationPlan.Delete delete) {
                return rowCondition(delete.finder(), delete.table(), input).map(row -> tableWrite(delete.table(),
                        Sql.of("delete from {} as " + ROW + " where {}", delete.table().from(), row), plan, field,
                        clientMutationId, noRowMessage("delete", delete.finder())));
            }

            @Override
            public Optional<MutationStatements> callFunction(MutationPlan.CallFunction call) {
                return Optional.of(function(call, input, field, clientMutationId));
            }
        });
    }

    private Sql insert(MutationPlan.Create create, Map<?, ?> input) {
        Map<?, ?> row = input.get(create.rowField()) instanceof Map<?, ?> given ? given : Map.of();
        List<Sql> columns = new ArrayList<>();
        List<Sql> given = new ArrayList<>();
        for (InputColumn column : create.columns()) {
            if (row.containsKey(column.field())) {
                columns.add(Sql.identifier(column.column().name()));
                given.add(values.bind(row.get(column.field()), column.column().typeOid()));
            }
        }
        Sql into = Sql.concat(create.table().from(), Sql.raw(" as " + ROW));
        return columns.isEmpty() ? Sql.of("insert into {} default values", into)
                : Sql.of("insert into {} ({}) values ({})", into, Sql.join(", ", columns), Sql.join(", ", given));
    }

    /** {@code "column" = value} for each column the patch gives, null included. */
    private List<Sql> assignments(List<InputColumn> columns, Map<?, ?> patch) {
        List<Sql> assignments = new ArrayList<>();
        for (InputColumn column : columns) {
            if (patch.containsKey(column.field())) {
                assignments.add(Sql.of("{} = {}", Sql.identifier(column.column().name()),
                        values.bind(patch.get(column.field()), column.column().typeOid())));
            }
        }
        return assignments;
    }

    /** The row an update or delete is about; empty for a node id that is not one of this table's rows. */
    private Optional<Sql> rowCondition(MutationPlan.RowFinder finder, TableRef table, Map<?, ?> input) {
        Optional<List<Object>> keyValues = finder.byNodeId()
                ? QueryCompiler.nodeIdKeys(table, input.get(finder.fields().get(0)))
                : Optional.of(finder.fields().stream().map(name -> (Object) input.get(name)).toList());
        return keyValues.map(given -> new RowRef(ROW, false).hasKey(finder.keys(), given, values));
    }

    private static String noRowMessage(String verb, MutationPlan.RowFinder finder) {
        return "No values were " + verb + "d in collection '" + finder.collection() + "' because no values you can "
                + verb + " were found matching these criteria.";
    }

    private MutationStatements tableWrite(TableRef table, Sql write, MutationPlan plan, Selection field,
                                          Object clientMutationId, String noRowMessage) {
        if (readsOnlyWrittenRow(plan.payloadType(), field.children())) {
            Sql json = queries.payload(plan.payloadType(), field, new Written(clientMutationId, null,
                    new RowRef(ROW, false)));
            return MutationStatements.single(Sql.of("{} returning ({})::text", write, json), noRowMessage);
        }
        long rowType = table.pgClass().typeOid();
        return new MutationStatements(Sql.of("{} returning (" + ROW + ")::text", write),
                rows -> read(plan, field, clientMutationId, writtenRows(rows, table, rowType)), noRowMessage);
    }

    private MutationStatements function(MutationPlan.CallFunction plan, Map<?, ?> input, Selection field,
                                        Object clientMutationId) {
        Sql call = queries.functionCall(plan.proc(), List.of(), plan.argumentNames(), input::get);
        TableRef table = plan.returns().table();
        long type = plan.proc().returnTypeOid();
        if (plan.returns().shape() == Shape.SINGLE && readsOnlyWrittenRow(plan.payloadType(), field.children())) {
            return MutationStatements.single(read(plan, field, clientMutationId, Source.function(call, table, type)),
                    null);
        }
        // A set of results is always carried over to a second statement: a payload may select its result field
        // more than once (aliases), which must not call the function again.
        if (plan.proc().returnsRecord()) {
            return new MutationStatements(
                    Sql.of("select case when f is null then null else row_to_json(f)::text end from {} as f", call),
                    rows -> read(plan, field, clientMutationId, writtenRecords(rows, table)), null);
        }
        String text = values.nullResultIsObject(type) ? "(f)::text"
                : "case when f is null then null else (f)::text end";
        return new MutationStatements(Sql.of("select " + text + " from {} as f", call),
                rows -> read(plan, field, clientMutationId, writtenRows(rows, table, type)), null);
    }

    /**
     * The records a first statement returned as JSON objects, typed again by the function's output parameters
     * (PostgreSQL reads no text as an anonymous record), in order.
     */
    private Source writtenRecords(List<String> rows, TableRef record) {
        List<Sql> bound = rows.stream().map(row -> Sql.value(row, Sql.raw("json"))).toList();
        List<Sql> columns = record.pgClass().attributes().stream()
                .map(column -> Sql.of("{} {}", Sql.identifier(column.name()), values.typeName(column.typeOid())))
                .toList();
        return Source.function(Sql.of("(select x.* from unnest(array[{}]::json[]) as j(v)"
                        + " cross join lateral json_to_record(j.v) as x({}))", Sql.join(", ", bound),
                Sql.join(", ", columns)), record, record.pgClass().typeOid());
    }

    /** The statement that reads the payload from the written rows (or function results). */
    private Sql read(MutationPlan plan, Selection field, Object clientMutationId, Source written) {
        if (plan.returns().shape() == Shape.LIST) {
            return Sql.of("select ({})::text", queries.payload(plan.payloadType(), field,
                    new Written(clientMutationId, written, null)));
        }
        Sql json = queries.payload(plan.payloadType(), field, new Written(clientMutationId, null, written.row(ROW)));
        return Sql.of("select ({})::text from {}", json, written.from(ROW));
    }

    /** The rows a first statement returned as text, cast back to their type, in order. */
    private Source writtenRows(List<String> rows, TableRef table, long typeOid) {
        List<Sql> bound = rows.stream().map(row -> values.bind(row, typeOid)).toList();
        return Source.function(Sql.of("unnest(array[{}]::{}[])", Sql.join(", ", bound), values.typeName(typeOid)),
                table, typeOid);
    }

    /**
     * Whether a payload selection reads nothing but the written row's own columns, so that the writing statement
     * can compute it.
     */
    private boolean readsOnlyWrittenRow(String typeName, List<Selection> fields) {
        for (Selection child : fields) {
            if (child.appliesTo(typeName) && !readsOnlyWrittenRow(
                    plans.get(typeName, child.name()).orElseThrow(), child)) {
                return false;
            }
        }
        return true;
    }

    private boolean readsOnlyWrittenRow(FieldPlan plan, Selection field) {
        return plan.accept(new FieldPlan.Visitor<>() {
            @Override
            public Boolean column(FieldPlan.Column column) {
                return true;
            }

            @Override
            public Boolean nodeId(FieldPlan.NodeId nodeId) {
                return true;
            }

            @Override
            public Boolean queryRoot(FieldPlan.QueryRoot queryRoot) {
                return true; // its fields are root fields, run after the mutation field
            }

            @Override
            public Boolean clientMutationId(FieldPlan.ClientMutationId clientMutationId) {
                return true;
            }

            @Override
            public Boolean mutationResult(FieldPlan.MutationResult result) {
                return !result.returns().isRow()
                        || readsOnlyWrittenRow(result.returns().table().typeName(), field.children());
            }

            @Override
            public Boolean payloadEdge(FieldPlan.PayloadEdge edge) {
                return field.children().stream().allMatch(part -> part.name().equals(FixedNames.CURSOR)
                        || readsOnlyWrittenRow(edge.table().typeName(), part.children()));
            }

            @Override
            public Boolean forwardRelation(FieldPlan.ForwardRelation relation) {
                return false;
            }

            @Override
            public Boolean backwardRelation(FieldPlan.BackwardRelation relation) {
                return false;
            }

            @Override
            public Boolean allRows(FieldPlan.AllRows allRows) {
                return false;
            }

            @Override
            public Boolean rowByKey(FieldPlan.RowByKey rowByKey) {
                return false;
            }

            @Override
            public Boolean rowByNodeId(FieldPlan.RowByNodeId rowByNodeId) {
                return false;
            }

            @Override
            public Boolean nodeByNodeId(FieldPlan.NodeByNodeId nodeByNodeId) {
                return false;
            }

            @Override
            public Boolean functionCall(FieldPlan.FunctionCall call) {
                return false;
            }

            @Override
            public Boolean javaSource(FieldPlan.JavaSource source) {
                return true; // the row's own columns
            }
        });
    }
}
