package dev.strata.plan;

import dev.strata.catalog.PgArgument;
import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgProc;
import dev.strata.naming.FixedNames;
import dev.strata.plan.FieldPlan.Shape;
import dev.strata.sql.Sql;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compiles one root field with its whole selection into one SQL statement whose single value is the field's
 * JSON, built by PostgreSQL in the shape of the response (result keys as object keys).
 */
final class QueryCompiler {

    private final FieldPlans plans;
    private final SqlValues values;
    QueryCompiler(FieldPlans plans, SqlValues values) {
        this.plans = plans;
        this.values = values;
    }

    /**
     * The statement for a root field, or empty when the field needs no SQL (e.g. an invalid node id).
     *
     * @param asResponseText whether the JSON is to be the response's own text: enums by their GraphQL names,
     *                       node ids and cursors encoded (or {@link NotResponseText})
     */
    Optional<Sql> compile(FieldPlan plan, Selection field, boolean asResponseText) {
        Sql json = new Compilation(null, asResponseText).rootField(plan, field);
        return json == null ? Optional.empty() : Optional.of(Sql.of("select ({})::text", json));
    }

    /** The rows Java code chose, by their keys: one subquery per key, in one statement. */
    Sql keyedRows(KeyedRows plan, List<List<Object>> keys, Selection field) {
        Compilation compilation = new Compilation(null, false);
        TableRef table = plan.table();
        List<Sql> rows = new ArrayList<>();
        for (List<Object> key : keys) {
            rows.add(compilation.row(table, table.primaryKey(), key, field.children(), false));
        }
        Sql json = plan.list() ? Sql.of("json_build_array({})", Sql.join(", ", rows))
                : rows.isEmpty() ? Sql.raw("null::json") : rows.get(0);
        return Sql.of("select ({})::text", json);
    }

    /**
     * What a mutation payload reads: the {@code clientMutationId} given, and the written rows (or the function's
     * results) either as {@code rows}, a source the payload's result field reads on its own (a set of results),
     * or as the one {@code row} the payload is built from.
     */
    record Written(Object clientMutationId, Source rows, RowRef row) {
    }

    /** The JSON of a mutation payload's selection. */
    Sql payload(String payloadType, Selection field, Written written) {
        return new Compilation(written, false).object(payloadType, written.row(), field.children(), false);
    }

    /**
     * A call of a function with the values of its GraphQL arguments, passed as PostGraphile 4 passes them: the
     * arguments without a default by position; after them, one given as null is left out so that its default
     * applies, and the others are passed by name ({@code length := 10}) as long as they have names.
     *
     * @param implicit the leading arguments that are not GraphQL arguments (a computed column's row)
     */
    Sql functionCall(PgProc proc, List<Sql> implicit, List<String> argumentNames, Function<String, Object> valueOf) {
        List<PgArgument> arguments = proc.arguments().subList(implicit.size(), proc.arguments().size());
        long required = arguments.stream().filter(argument -> !argument.hasDefault()).count();
        Deque<Sql> passed = new ArrayDeque<>();
        boolean byName = true;
        for (int i = arguments.size() - 1; i >= 0; i--) {
            PgArgument argument = arguments.get(i);
            Object value = valueOf.apply(argumentNames.get(i));
            Sql bound = values.bind(value, argument.typeOid());
            if (i >= required && byName) {
                if (value == null) {
                    continue;
                }
                if (!argument.name().isEmpty()) {
                    passed.addFirst(Sql.concat(Sql.identifier(argument.name()), Sql.raw(" := "), bound));
                    continue;
                }
                byName = false;
            }
            passed.addFirst(bound);
        }
        List<Sql> all = new ArrayList<>(implicit);
        all.addAll(passed);
        return Sql.of("{}({})", Sql.identifier(proc.schema(), proc.name()), Sql.join(", ", all));
    }

    /**
     * The state of one compilation: the counter that keeps table aliases unique, and for a mutation payload the
     * rows it reads.
     */
    private final class Compilation {

        private final Written written;
        private final boolean asResponseText;
        private final ConnectionCompiler connections;
        private int aliases;

        Compilation(Written written, boolean asResponseText) {
            this.written = written;
            this.asResponseText = asResponseText;
            this.connections = new ConnectionCompiler(this::nodeJson, values, asResponseText);
        }

        /** A value in the JSON: as the response writes it, or as graphql-java completes it. */
        private Sql output(Sql expression, long typeOid) {
            return asResponseText ? values.responseOutput(expression, typeOid) : values.output(expression, typeOid);
        }

        private String alias() {
            return "t" + aliases++;
        }

        Sql rootField(FieldPlan plan, Selection field) {
            return field(plan, field, null);
        }

        private Sql field(FieldPlan plan, Selection field, RowRef row) {
            return plan.accept(new FieldSql(field, row));
        }

        /** The SQL of one field of a selection, read from {@code row} (null at the root). */
        private final class FieldSql implements FieldPlan.Visitor<Sql> {

            private final Selection field;
            private final RowRef row;

            FieldSql(Selection field, RowRef row) {
                this.field = field;
                this.row = row;
            }

            @Override
            public Sql column(FieldPlan.Column plan) {
                return value(row.column(plan.attribute().name()), plan.attribute().typeOid(), field.children(),
                        false);
            }

            @Override
            public Sql nodeId(FieldPlan.NodeId plan) {
                return Compilation.this.nodeId(plan.table(), row);
            }

            @Override
            public Sql queryRoot(FieldPlan.QueryRoot plan) {
                return Sql.raw("json_build_object()");
            }

            @Override
            public Sql forwardRelation(FieldPlan.ForwardRelation plan) {
                return forward(plan, field, row);
            }

            @Override
            public Sql backwardRelation(FieldPlan.BackwardRelation plan) {
                String alias = alias();
                List<Sql> conditions = Source.table(plan.source()).row(alias)
                        .joinedTo(plan.sourceColumns(), row, plan.columns());
                return collection(Source.table(plan.source()), alias, conditions, field, plan.shape(),
                        plan.filters());
            }

            @Override
            public Sql allRows(FieldPlan.AllRows plan) {
                return collection(Source.table(plan.table()), alias(), List.of(), field, plan.shape(),
                        plan.filters());
            }

            @Override
            public Sql rowByKey(FieldPlan.RowByKey plan) {
                return Compilation.this.rowByKey(plan, field);
            }

            @Override
            public Sql rowByNodeId(FieldPlan.RowByNodeId plan) {
                return Compilation.this.rowByNodeId(plan.table(), field.argument(plan.argumentName()), field,
                        false);
            }

            @Override
            public Sql nodeByNodeId(FieldPlan.NodeByNodeId plan) {
                return node(field.argument(plan.argumentName()), field);
            }

            @Override
            public Sql functionCall(FieldPlan.FunctionCall plan) {
                return function(plan, field, row);
            }

            @Override
            public Sql clientMutationId(FieldPlan.ClientMutationId plan) {
                return Sql.value(written.clientMutationId(), Sql.raw("text"));
            }

            @Override
            public Sql mutationResult(FieldPlan.MutationResult plan) {
                return Compilation.this.mutationResult(plan, field, row);
            }

            @Override
            public Sql payloadEdge(FieldPlan.PayloadEdge plan) {
                return Compilation.this.payloadEdge(plan.table(), field, row);
            }

            @Override
            public Sql javaSource(FieldPlan.JavaSource plan) {
                List<Sql> pairs = new ArrayList<>();
                plan.reads().forEach((name, read) -> {
                    pairs.add(Sql.literal(name));
                    pairs.add(field(read, field, row));
                });
                return jsonObject(pairs);
            }
        }

        /** A mutation's written row or function result; a set of results is read from all written rows. */
        private Sql mutationResult(FieldPlan.MutationResult result, Selection field, RowRef row) {
            FieldPlan.ReturnShape returns = result.returns();
            if (returns.shape() == Shape.LIST) {
                return collection(written.rows(), alias(), List.of(), field, Shape.LIST, Map.of());
            }
            boolean nullIsObject = values.nullResultIsObject(result.typeOid());
            Sql json = returns.isRow() ? object(returns.table().typeName(), row, field.children(), false)
                    : value(row.row(), result.typeOid(), field.children(), nullIsObject);
            return nullIsObject ? json : unlessNull(row, json);
        }

        /**
         * {@code postEdge(orderBy:)}: the row with the cursor it would have in a connection in that order; without
         * an order, the primary key's (none for a table without one).
         */
        private Sql payloadEdge(TableRef table, Selection field, RowRef row) {
            Source rowSource = new Source(table.from(), table, 0, false);
            List<OrderTerm> terms = orderTerms(field);
            boolean ordered = terms != null && terms.stream().anyMatch(term -> !term.isNatural());
            Sql cursor = ordered || table.hasPrimaryKey() ? Ordering.of(rowSource, terms).cursor(row, values)
                    : Sql.raw("null");
            return unlessNull(row, connections.edge(rowSource, row, field, cursor));
        }

        /**
         * Null for a null row or value, else the JSON: a function's composite result comes back as a row of nulls
         * when the function returned null, and {@code is null} is true for both.
         */
        private static Sql unlessNull(RowRef row, Sql json) {
            return Sql.of("case when {} is null then null else {} end", row.row(), json);
        }

        private Sql object(String typeName, RowRef row, List<Selection> fields, boolean typed) {
            List<Sql> pairs = new ArrayList<>();
            if (typed) {
                pairs.add(Sql.literal(SqlCompiler.TYPE_KEY));
                pairs.add(Sql.literal(typeName));
            }
            for (Selection child : fields) {
                if (child.appliesTo(typeName)) {
                    FieldPlan plan = plans.get(typeName, child.name()).orElseThrow(
                            () -> new IllegalStateException("no plan for " + typeName + "." + child.name()));
                    pairs.add(Sql.literal(child.resultKey()));
                    pairs.add(field(plan, child, row));
                }
            }
            return jsonObject(pairs);
        }

        private Sql nodeId(TableRef table, RowRef row) {
            if (asResponseText) {
                List<Sql> parts = new ArrayList<>();
                parts.add(OpaqueIds.jsonString(table.nodeIdPrefix()));
                table.primaryKey().forEach(key -> parts.add(values.jsonText(row.column(key.name()), key.typeOid())
                        .orElseThrow(NotResponseText::new)));
                return OpaqueIds.inSql(parts);
            }
            List<Sql> parts = new ArrayList<>();
            parts.add(Sql.literal(table.nodeIdPrefix()));
            table.primaryKey().forEach(key -> parts.add(values.output(row.column(key.name()), key.typeOid())));
            return Sql.of("json_build_array({})", Sql.join(", ", parts));
        }

        private Sql forward(FieldPlan.ForwardRelation relation, Selection field, RowRef row) {
            String alias = alias();
            RowRef target = new RowRef(alias, false);
            return Sql.of("(select {} from {} where {})",
                    object(relation.target().typeName(), target, field.children(), false),
                    Sql.concat(relation.target().from(), Sql.raw(" as " + alias)),
                    Sql.join(" and ", target.joinedTo(relation.targetColumns(), row, relation.columns())));
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
            return Sql.of("(select {} from {} as " + alias + " where {})",
                    object(table.typeName(), row, fields, typed), table.from(), row.hasKey(keys, keyValues, values));
        }

        /** {@code person(nodeId:)}: null, without an error, when the id is not one of this table's. */
        private Sql rowByNodeId(TableRef expected, Object nodeId, Selection field, boolean typed) {
            return nodeIdKeys(expected, nodeId)
                    .map(keys -> row(expected, expected.primaryKey(), keys, field.children(), typed)).orElse(null);
        }

        private Sql node(Object nodeId, Selection field) {
            if (SqlCompiler.QUERY_NODE_ID.equals(nodeId)) {
                return Sql.of("json_build_object({}, {})", Sql.literal(SqlCompiler.TYPE_KEY),
                        Sql.literal(FixedNames.QUERY));
            }
            Optional<TableRef> table = OpaqueIds.decode(nodeId instanceof String text ? text : null)
                    .filter(decoded -> !decoded.isEmpty() && decoded.get(0) instanceof String)
                    .flatMap(decoded -> plans.tableByNodeIdPrefix((String) decoded.get(0)));
            return table.map(t -> rowByNodeId(t, nodeId, field, true)).orElse(null);
        }

        private Sql function(FieldPlan.FunctionCall call, Selection field, RowRef row) {
            Sql invocation = functionCall(call.proc(), call.computedColumn() ? List.of(row.row()) : List.of(),
                    call.argumentNames(), field::argument);
            FieldPlan.ReturnShape returns = call.returns();
            if (returns.shape() == Shape.SINGLE) {
                if (!returns.isRow()) {
                    long type = call.proc().returnTypeOid();
                    Sql value = value(invocation, type, field.children(), values.nullResultIsObject(type));
                    // at the root, the statement's text must be the value's JSON (a string's, an array's)
                    return row == null ? Sql.of("to_json({})", value) : value;
                }
                String alias = alias();
                RowRef result = new RowRef(alias, false);
                return Sql.of("(select {} from {} as " + alias + " where not (" + alias + " is null))",
                        object(returns.table().typeName(), result, field.children(), false), invocation);
            }
            Source source = Source.function(invocation, returns.table(), call.proc().returnTypeOid());
            return collection(source, alias(), List.of(), field, returns.shape(), call.filters());
        }

        private Sql collection(Source source, String alias, List<Sql> conditions, Selection field, Shape shape,
                               Map<String, RowFilter> filters) {
            List<Sql> where = new ArrayList<>(conditions);
            RowRef row = source.row(alias);
            where.addAll(filters(filters, row, field));
            if (shape == Shape.CONNECTION) {
                return connections.compile(source, alias, where, field, alias());
            }
            Ordering ordering = Ordering.of(source, orderTerms(field));
            Sql order = ordering.pageOrder(row, false);
            Sql rows = Sql.of("select {} as j, row_number() over ({}) as n from {}{}{}{}",
                    nodeJson(source, row, field.children()), order, source.from(alias), whereClause(where),
                    clause(order),
                    shape == Shape.SINGLE ? Sql.raw(" limit 1") : limitOffset(field));
            String list = shape == Shape.SINGLE ? "(select l.j from ({}) as l)"
                    : "(select coalesce(json_agg(l.j order by l.n), '[]'::json) from ({}) as l)";
            return Sql.of(list, rows);
        }

        private Sql nodeJson(Source source, RowRef row, List<Selection> fields) {
            return source.isScalar()
                    ? value(row.row(), source.valueTypeOid(), fields, values.nullResultIsObject(source.valueTypeOid()))
                    : object(source.table().typeName(), row, fields, false);
        }

        /**
         * A value as selected: one of a composite type (through domains), or an array of them, as objects of the
         * selected fields under their response keys; any other value as {@link #output} writes it.
         *
         * @param nullIsObject whether a null composite is an object of nulls (PostGraphile 4's answer for a function
         *                     result of a domain over a composite type), else null
         */
        private Sql value(Sql expression, long typeOid, List<Selection> fields, boolean nullIsObject) {
            String typeName = fields.isEmpty() ? null : fields.get(0).objectTypes().iterator().next();
            if (typeName != null && values.isComposite(typeOid)) {
                String alias = alias();
                Sql object = object(typeName, new RowRef(alias, false), fields, false);
                return Sql.of("(select {} from (select {} as v) as s, lateral (select (s.v).*) as " + alias + "{})",
                        object, expression, Sql.raw(nullIsObject ? "" : " where not (s.v is null)"));
            }
            long element = values.arrayElement(typeOid);
            if (typeName != null && element != 0 && values.isComposite(element)) {
                String alias = alias();
                Sql object = object(typeName, new RowRef(alias, false), fields, false);
                return Sql.of("(select case when a.v is null then null else coalesce((select json_agg({} order by e.i) "
                        + "from generate_subscripts(a.v, 1) as e(i), lateral (select (a.v[e.i]).*) as " + alias
                        + "), '[]'::json) end from (select {} as v) as a)", object, expression);
            }
            return output(expression, typeOid);
        }

        /** The conditions the collection's filtering arguments give, for the arguments given. */
        private List<Sql> filters(Map<String, RowFilter> filters, RowRef row, Selection field) {
            List<Sql> conditions = new ArrayList<>();
            filters.forEach((argument, filter) -> {
                Object value = field.argument(argument);
                if (value != null) {
                    conditions.addAll(filter.accept(new FilterSql(row, value)));
                }
            });
            return conditions;
        }

        private Sql limitOffset(Selection field) {
            Sql limit = field.argument(FixedNames.FIRST) instanceof Integer first
                    ? Sql.concat(Sql.raw(" limit "), Sql.value(nonNegative(first))) : Sql.EMPTY;
            Sql offset = field.argument(FixedNames.OFFSET) instanceof Integer skip && skip != 0
                    ? Sql.concat(Sql.raw(" offset "), Sql.value(skip)) : Sql.EMPTY;
            return Sql.concat(limit, offset);
        }
    }

    /** The conditions of one filtering argument's value. */
    private final class FilterSql implements RowFilter.Visitor<List<Sql>> {

        private final RowRef row;
        private final Object value;

        FilterSql(RowRef row, Object value) {
            this.row = row;
            this.value = value;
        }

        @Override
        public List<Sql> condition(RowFilter.Condition plan) {
            List<Sql> conditions = new ArrayList<>();
            ((Map<?, ?>) value).forEach((field, given) -> {
                RowValue column = plan.columns().get((String) field);
                Sql columnSql = row.value(column);
                conditions.add(given == null ? Sql.of("{} is null", columnSql)
                        : Sql.of("{} = {}", columnSql, values.bind(given, column.typeOid())));
            });
            return conditions;
        }
    }

    /** The primary key values in a node id of one of the table's rows; empty for any other text. */
    static Optional<List<Object>> nodeIdKeys(TableRef table, Object nodeId) {
        return OpaqueIds.decode(nodeId instanceof String text ? text : null)
                .filter(decoded -> decoded.size() == table.primaryKey().size() + 1
                        && table.nodeIdPrefix().equals(decoded.get(0)))
                .map(decoded -> decoded.subList(1, decoded.size()));
    }

    static int nonNegative(int limit) {
        if (limit < 0) {
            throw new QueryException("LIMIT must not be negative", "2201W");
        }
        return limit;
    }

    @SuppressWarnings("unchecked")
    static List<OrderTerm> orderTerms(Selection field) {
        return (List<OrderTerm>) field.argument(FixedNames.ORDER_BY);
    }

    /** A clause after a space, or nothing. */
    static Sql clause(Sql clause) {
        return clause.isEmpty() ? Sql.EMPTY : Sql.concat(Sql.raw(" "), clause);
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
