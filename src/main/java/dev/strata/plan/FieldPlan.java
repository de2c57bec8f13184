package dev.strata.plan;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgProc;
import java.util.List;

/**
 * What a generated GraphQL field reads from the database. The schema builders attach one to every field they make
 * ({@link FieldPlans}); the {@link QueryCompiler} turns a selection of such fields into one SQL statement.
 */
public sealed interface FieldPlan {

    /** A column of the row. */
    record Column(PgAttribute attribute) implements FieldPlan {
    }

    /** The row's global node id. */
    record NodeId(TableRef table) implements FieldPlan {
    }

    /** The constant node id of the root query type. */
    record QueryNodeId() implements FieldPlan {
    }

    /** {@code Query.query}: the root query type again. */
    record QueryRoot() implements FieldPlan {
    }

    /** The row of {@code target} that the foreign key columns of this row point at. */
    record ForwardRelation(TableRef target, List<String> columns, List<String> targetColumns) implements FieldPlan {
    }

    /** The rows of {@code source} whose foreign key points at this row, as a connection or a list. */
    record BackwardRelation(TableRef source, List<String> sourceColumns, List<String> columns, Shape shape)
            implements FieldPlan {
    }

    /** Every row of a table, as a connection or a list. */
    record AllRows(TableRef table, Shape shape) implements FieldPlan {
    }

    /** One row by the values of a unique constraint's columns, given as arguments named after them. */
    record RowByKey(TableRef table, List<PgAttribute> keys, List<String> argumentNames) implements FieldPlan {
    }

    /** One row of a known table by its node id. */
    record RowByNodeId(TableRef table) implements FieldPlan {
    }

    /** {@code Query.node(nodeId:)}: any row, or the query root, by node id. */
    record NodeByNodeId() implements FieldPlan {
    }

    /**
     * A call of a function: at the root ({@code searchPosts}) or as a computed column whose first argument is the
     * row ({@code fullName}). {@code argumentNames} are the GraphQL names of the remaining SQL arguments in order.
     */
    record FunctionCall(PgProc proc, boolean computedColumn, List<String> argumentNames, ReturnShape returns)
            implements FieldPlan {
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
