package dev.strata.plan;

import dev.strata.catalog.PgArgument;
import dev.strata.catalog.PgAttribute;
import dev.strata.plan.FieldPlan.Shape;
import dev.strata.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles one root field with its whole selection into one SQL statement whose single value is the field's
 * JSON, built by PostgreSQL in the shape of the response (result keys as object keys).
 */
public final class QueryCompiler {

    /** The key of the object type name in the JSON of fields whose GraphQL type is an interface. */
    public static final String TYPE_KEY = "@type";

    /** The node id of the root query type. */
    public static final String QUERY_NODE_ID = "query";

    private final FieldPlans plans;
    private final SqlValues values;

    public QueryCompiler(FieldPlans plans, SqlValues values) {
        this.plans = plans;
        this.values = values;
    }

    /** The statement for a root field, or empty when the field needs no SQL (e.g. an invalid node id). */
    public Optional<Sql> compile(FieldPlan plan, Selection field) {
        Sql json = new Compilation().rootField(plan, field);
        return json == null ? Optional.empty() : Optional.of(Sql.of("select ({})::text", json));
    }

    public FieldPlans plans() {
        return plans;
    }

    /** The state of one compilation: the counter that keeps table aliases unique. */
    private final class Compilation {

        private int aliases;

        private String alias() {
            return "t" + aliases++;
        }

        Sql rootField(FieldPlan plan, Selection field) {
            if (plan instanceof FieldPlan.NodeByNodeId) {
                return node(field);
            }
            if (plan instanceof FieldPlan.RowByNodeId byNodeId) {
                return rowByNodeId(byNodeId.table(), field, false);
            }
            return field(plan, field, null);
        }

        private Sql field(FieldPlan plan, Selection field, RowRef row) {
            if (plan instanceof FieldPlan.Column column) {
                return values.output(row.column(column.attribute().name()), column.attribute().typeOid());
            }
            if (plan instanceof FieldPlan.NodeId nodeId) {
                return nodeId(nodeId.table(), row);
            }
            if (plan instanceof FieldPlan.ForwardRelation relation) {
                return forward(relation, field, row);
            }
            if (plan instanceof FieldPlan.BackwardRelation relation) {
                List<Sql> conditions = new ArrayList<>();
                String alias = alias();
                RowRef child = Source.table(relation.source()).row(alias);
                for (int i = 0; i < relation.columns().size(); i++) {
                    conditions.add(Sql.of("{} = {}", child.column(relation.sourceColumns().get(i)),
                            row.column(relation.columns().get(i))));
                }
                return collection(Source.table(relation.source()), alias, conditions, field, relation.shape());
            }
            if (plan instanceof FieldPlan.AllRows all) {
                return collection(Source.table(all.table()), alias(), List.of(), field, all.shape());
            }
            if (plan instanceof FieldPlan.RowByKey byKey) {
                return rowByKey(byKey, field);
            }
            if (plan instanceof FieldPlan.FunctionCall call) {
                return function(call, field, row);
            }
            if (plan instanceof FieldPlan.QueryRoot) {
                return Sql.raw("json_build_object()");
            }
            throw new IllegalStateException("no SQL for " + plan);
        }

        private Sql object(TableRef table, RowRef row, List<Selection> fields, boolean typed) {
            List<Sql> pairs = new ArrayList<>();
            if (typed) {
                pairs.add(Sql.literal(TYPE_KEY));
                pairs.add(Sql.literal(table.typeName()));
            }
            for (Selection child : fields) {
                if (child.appliesTo(table.typeName())) {
                    FieldPlan plan = plans.get(table.typeName(), child.name()).orElseThrow(
                            () -> new IllegalStateException("no plan for " + table.typeName() + "." + child.name()));
                    pairs.add(Sql.literal(child.resultKey()));
                    pairs.add(field(plan, child, row));
                }
            }
            return jsonObject(pairs);
        }

        private Sql nodeId(TableRef table, RowRef row) {
            List<Sql> parts = new ArrayList<>();
            parts.add(Sql.literal(table.nodeIdPrefix()));
            table.primaryKey().forEach(key -> parts.add(values.output(row.column(key.name()), key.typeOid())));
            return Sql.of("json_build_array({})", Sql.join(", ", parts));
        }

        private Sql forward(FieldPlan.ForwardRelation relation, Selection field, RowRef row) {
            String alias = alias();
            RowRef target = new RowRef(alias, false);
            List<Sql> conditions = new ArrayList<>();
            for (int i = 0; i < relation.columns().size(); i++) {
                conditions.add(Sql.of("{} = {}", target.column(relation.targetColumns().get(i)),
                        row.column(relation.columns().get(i))));
            }
            return Sql.of("(select {} from {} where {})",
                    object(relation.target(), target, field.children(), false),
                    Sql.concat(relation.target().from(), Sql.raw(" as " + alias)),
                    Sql.join(" and ", conditions));
        }

        private Sql rowByKey(FieldPlan.RowByKey byKey, Selection field) {
            List<Object> keyValues = new ArrayList<>();
            byKey.argumentNames().forEach(name -> keyValues.add(field.argument(name)));
            return row(byKey.table(), byKey.keys(), keyValues, field.children(), false);
        }

        private Sql row(TableRef table, List<PgAttribute> keys, List<Object> keyValues, List<Selection> fields,
                        boolean typed) {
            String alias = alias();
            RowRef row = new RowRef(alias, false);
            List<Sql> conditions = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                conditions.add(Sql.of("{} = {}", row.column(keys.get(i).name()),
                        values.bind(keyValues.get(i), keys.get(i).typeOid())));
            }
            return Sql.of("(select {} from {} as " + alias + " where {})", object(table, row, fields, typed),
                    table.from(), Sql.join(" and ", conditions));
        }

        /** {@code person(nodeId:)}: null, without an error, when the id is not one of this table's. */
        private Sql rowByNodeId(TableRef expected, Selection field, boolean typed) {
            Object nodeId = field.argument("nodeId");
            Optional<List<Object>> decoded = JsonCodec.decode(nodeId instanceof String text ? text : null);
            if (decoded.isEmpty() || decoded.get().size() != expected.primaryKey().size() + 1
                    || !expected.nodeIdPrefix().equals(decoded.get().get(0))) {
                return null;
            }
            return row(expected, expected.primaryKey(), decoded.get().subList(1, decoded.get().size()),
                    field.children(), typed);
        }

        private Sql node(Selection field) {
            Object nodeId = field.argument("nodeId");
            if (QUERY_NODE_ID.equals(nodeId)) {
                return Sql.of("json_build_object({}, {})", Sql.literal(TYPE_KEY), Sql.literal("Query"));
            }
            Optional<TableRef> table = JsonCodec.decode(nodeId instanceof String text ? text : null)
                    .filter(decoded -> !decoded.isEmpty() && decoded.get(0) instanceof String)
                    .flatMap(decoded -> plans.tableByNodeIdPrefix((String) decoded.get(0)));
            return table.map(t -> rowByNodeId(t, field, true)).orElse(null);
        }

        private Sql function(FieldPlan.FunctionCall call, Selection field, RowRef row) {
            List<Sql> arguments = new ArrayList<>();
            if (call.computedColumn()) {
                arguments.add(row.row());
            }
            arguments.addAll(functionArguments(call, field));
            Sql invocation = Sql.of("{}({})", Sql.identifier(call.proc().schema(), call.proc().name()),
                    Sql.join(", ", arguments));
            FieldPlan.ReturnShape returns = call.returns();
            if (returns.shape() == Shape.SINGLE) {
                if (!returns.isRow()) {
                    return values.output(invocation, call.proc().returnTypeOid());
                }
                String alias = alias();
                RowRef result = new RowRef(alias, false);
                return Sql.of("(select {} from {} as " + alias + " where not (" + alias + " is null))",
                        object(returns.table(), result, field.children(), false), invocation);
            }
            Source source = Source.function(invocation, returns.table(), call.proc().returnTypeOid());
            return collection(source, alias(), List.of(), field, returns.shape());
        }

        /**
         * The SQL arguments after the row: every argument up to the last one given; trailing arguments that were
         * not given (or given as null) and have a default are left out so that PostgreSQL applies the default.
         */
        private List<Sql> functionArguments(FieldPlan.FunctionCall call, Selection field) {
            List<PgArgument> sqlArguments = call.proc().arguments().subList(call.computedColumn() ? 1 : 0,
                    call.proc().arguments().size());
            int count = sqlArguments.size();
            while (count > 0 && sqlArguments.get(count - 1).hasDefault()
                    && field.argument(call.argumentNames().get(count - 1)) == null) {
                count--;
            }
            List<Sql> bound = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                bound.add(values.bind(field.argument(call.argumentNames().get(i)), sqlArguments.get(i).typeOid()));
            }
            return bound;
        }

        private Sql collection(Source source, String alias, List<Sql> conditions, Selection field, Shape shape) {
            List<Sql> where = new ArrayList<>(conditions);
            RowRef row = source.row(alias);
            where.addAll(conditionArgument(source, row, field));
            if (shape == Shape.CONNECTION) {
                return new ConnectionCompiler(this::nodeJson, values).compile(source, alias, where, field,
                        alias());
            }
            Ordering ordering = Ordering.of(source, orderTerms(field));
            Sql order = ordering.orderBy(row, false);
            Sql rows = Sql.of("select {} as j, row_number() over (order by {}) as n from {}{} order by {}{}",
                    nodeJson(source, row, field.children()), order, source.from(alias), whereClause(where), order,
                    shape == Shape.SINGLE ? Sql.raw(" limit 1") : limitOffset(field));
            String list = shape == Shape.SINGLE ? "(select l.j from ({}) as l)"
                    : "(select coalesce(json_agg(l.j order by l.n), '[]'::json) from ({}) as l)";
            return Sql.of(list, rows);
        }

        private Sql nodeJson(Source source, RowRef row, List<Selection> fields) {
            return source.isScalar() ? values.output(row.row(), source.valueTypeOid())
                    : object(source.table(), row, fields, false);
        }

        private List<Sql> conditionArgument(Source source, RowRef row, Selection field) {
            if (!(field.argument("condition") instanceof Map<?, ?> condition) || source.isScalar()) {
                return List.of();
            }
            String conditionType = source.table().typeName() + "Condition";
            List<Sql> conditions = new ArrayList<>();
            condition.forEach((name, value) -> {
                PgAttribute column = ((FieldPlan.Column) plans.get(conditionType, (String) name).orElseThrow())
                        .attribute();
                Sql columnSql = row.column(column.name());
                conditions.add(value == null ? Sql.of("{} is null", columnSql)
                        : Sql.of("{} = {}", columnSql, values.bind(value, column.typeOid())));
            });
            return conditions;
        }

        private Sql limitOffset(Selection field) {
            Sql limit = field.argument("first") instanceof Integer first
                    ? Sql.concat(Sql.raw(" limit "), Sql.value(nonNegative(first))) : Sql.EMPTY;
            Sql offset = field.argument("offset") instanceof Integer skip && skip != 0
                    ? Sql.concat(Sql.raw(" offset "), Sql.value(skip)) : Sql.EMPTY;
            return Sql.concat(limit, offset);
        }
    }

    static int nonNegative(int limit) {
        if (limit < 0) {
            throw new QueryException("LIMIT must not be negative");
        }
        return limit;
    }

    @SuppressWarnings("unchecked")
    static List<OrderTerm> orderTerms(Selection field) {
        return (List<OrderTerm>) field.argument("orderBy");
    }

    static Sql whereClause(List<Sql> conditions) {
        return conditions.isEmpty() ? Sql.EMPTY : Sql.concat(Sql.raw(" where "), Sql.join(" and ", conditions));
    }

    /** A JSON object from key/value pairs; PostgreSQL takes at most 100 arguments per call. */
    static Sql jsonObject(List<Sql> pairs) {
        if (pairs.size() <= 100) {
            return Sql.of("json_build_object({})", Sql.join(", ", pairs));
        }
        List<Sql> chunks = new ArrayList<>();
        for (int start = 0; start < pairs.size(); start += 100) {
            chunks.add(Sql.of("jsonb_build_object({})",
                    Sql.join(", ", pairs.subList(start, Math.min(start + 100, pairs.size())))));
        }
        return Sql.of("({})::json", Sql.join(" || ", chunks));
    }
}
