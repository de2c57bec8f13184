package dev.strata.plan;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgProc;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generated GraphQL field reads from the database. The schema features attach one to every field they make
 * ({@link FieldPlans}); the {@link QueryCompiler} turns a selection of such fields into one SQL statement.
 *
 * <p>The interface is sealed and every plan is compiled through {@link Visitor}: a new plan record must implement
 * {@link #accept}, which needs a new visitor method, which every compiler must then implement. A plan without a
 * compiler case does not compile.
 */
public sealed interface FieldPlan {

    <R> R accept(Visitor<R> visitor);

    /** One case per plan: what a compiler does with each. */
    interface Visitor<R> {
        R column(Column plan);

        R nodeId(NodeId plan);

        R queryRoot(QueryRoot plan);

        R forwardRelation(ForwardRelation plan);

        R backwardRelation(BackwardRelation plan);

        R allRows(AllRows plan);

        R rowByKey(RowByKey plan);

        R rowByNodeId(RowByNodeId plan);

        R nodeByNodeId(NodeByNodeId plan);

        R functionCall(FunctionCall plan);

        R clientMutationId(ClientMutationId plan);

        R mutationResult(MutationResult plan);

        R payloadEdge(PayloadEdge plan);

        R javaSource(JavaSource plan);
    }

    /** A column of the row. */
    record Column(PgAttribute attribute) implements FieldPlan {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.column(this);
        }
    }

    /** The row's global node id. */
    record NodeId(TableRef table) implements FieldPlan {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.nodeId(this);
        }
    }

    /** {@code query} of a payload: the root query type again, whose fields run as root fields of their own. */
    record QueryRoot() implements FieldPlan {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.queryRoot(this);
        }
    }

    /** The row of {@code target} that the foreign key columns of this row point at. */
    record ForwardRelation(TableRef target, List<String> columns, List<String> targetColumns) implements FieldPlan {
        public ForwardRelation {
            columns = List.copyOf(columns);
            targetColumns = List.copyOf(targetColumns);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.forwardRelation(this);
        }
    }

    /**
     * The rows of {@code source} whose foreign key points at this row, as a connection or a list, filtered by the
     * arguments in {@code filters}.
     */
    record BackwardRelation(TableRef source, List<String> sourceColumns, List<String> columns, Shape shape,
                            Map<String, RowFilter> filters) implements FieldPlan {
        public BackwardRelation {
            sourceColumns = List.copyOf(sourceColumns);
            columns = List.copyOf(columns);
            filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.backwardRelation(this);
        }
    }

    /** Every row of a table, as a connection or a list, filtered by the arguments in {@code filters}. */
    record AllRows(TableRef table, Shape shape, Map<String, RowFilter> filters) implements FieldPlan {
        public AllRows {
            filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.allRows(this);
        }
    }

    /** One row by the values of a unique constraint's columns, given as arguments named after them. */
    record RowByKey(TableRef table, List<PgAttribute> keys, List<String> argumentNames) implements FieldPlan {
        public RowByKey {
            keys = List.copyOf(keys);
            argumentNames = List.copyOf(argumentNames);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rowByKey(this);
        }
    }

    /** One row of a known table by its node id, given as argument {@code argumentName}. */
    record RowByNodeId(TableRef table, String argumentName) implements FieldPlan {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rowByNodeId(this);
        }
    }

    /** {@code Query.node(nodeId:)}: any row, or the query root, by the node id given as {@code argumentName}. */
    record NodeByNodeId(String argumentName) implements FieldPlan {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.nodeByNodeId(this);
        }
    }

    /**
     * A call of a function: at the root ({@code searchPosts}) or as a computed column whose first argument is the
     * row ({@code fullName}). {@code argumentNames} are the GraphQL names of the remaining SQL arguments in order;
     * a set of rows is filtered by the arguments in {@code filters}.
     */
    record FunctionCall(PgProc proc, boolean computedColumn, List<String> argumentNames, ReturnShape returns,
                        Map<String, RowFilter> filters) implements FieldPlan {
        public FunctionCall {
            argumentNames = List.copyOf(argumentNames);
            filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.functionCall(this);
        }
    }

    // -- the fields of mutation payloads --

    /** {@code clientMutationId} of a payload: the input's value, unchanged. */
    record ClientMutationId() implements FieldPlan {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.clientMutationId(this);
        }
    }

    /** The payload's written row ({@code post}) or function result ({@code person}, {@code boolean}). */
    record MutationResult(ReturnShape returns, long typeOid) implements FieldPlan {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.mutationResult(this);
        }
    }

    /** {@code postEdge(orderBy:)} of a payload: the written row with its cursor in the given order. */
    record PayloadEdge(TableRef table) implements FieldPlan {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.payloadEdge(this);
        }
    }

    /**
     * A field computed in Java from its row ({@code @Source}): its value, for the Java code to read, is an object
     * of the row's fields in {@code reads} (each a column's plan), by field name.
     */
    record JavaSource(Map<String, FieldPlan> reads) implements FieldPlan {
        public JavaSource {
            reads = Collections.unmodifiableMap(new LinkedHashMap<>(reads));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.javaSource(this);
        }
    }

    /** How a collection field is shaped. */
    enum Shape { CONNECTION, LIST, SINGLE }

    /** What a function returns: a table's rows (or one row), or a scalar (set). */
    record ReturnShape(TableRef table, Shape shape) {
        public boolean isRow() {
            return table != null;
        }
    }
}
