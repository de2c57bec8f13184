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

    // -- mutations: the root fields, then the fields of their payloads --

    /** A root field of the Mutation type: it writes, and its payload is read after the write. */
    sealed interface Mutation extends FieldPlan {
        /** The written rows' table, or the function's result type: what the payload's row fields read. */
        ReturnShape returns();

        /** The name of the payload's object type. */
        String payloadType();
    }

    /** {@code createPost}: inserts the row given as input field {@code rowField}. */
    record Create(TableRef table, String rowField, List<InputColumn> columns, String payloadType)
            implements Mutation {
        public Create {
            columns = List.copyOf(columns);
        }

        @Override
        public ReturnShape returns() {
            return new ReturnShape(table, Shape.SINGLE);
        }
    }

    /** {@code updatePostById}, {@code updatePost}: sets the columns given in the patch of one row. */
    record Update(TableRef table, RowFinder finder, String patchField, List<InputColumn> columns,
                  String payloadType) implements Mutation {
        public Update {
            columns = List.copyOf(columns);
        }

        @Override
        public ReturnShape returns() {
            return new ReturnShape(table, Shape.SINGLE);
        }
    }

    /** {@code deletePostById}, {@code deletePost}: deletes one row. */
    record Delete(TableRef table, RowFinder finder, String payloadType) implements Mutation {
        @Override
        public ReturnShape returns() {
            return new ReturnShape(table, Shape.SINGLE);
        }
    }

    /** A VOLATILE function called as a mutation; {@code argumentNames} are the input fields of its arguments. */
    record CallFunction(PgProc proc, List<String> argumentNames, ReturnShape returns, String payloadType)
            implements Mutation {
        public CallFunction {
            argumentNames = List.copyOf(argumentNames);
        }
    }

    /** A column set by a mutation, with the name of its field in the row input or patch. */
    record InputColumn(String field, PgAttribute column) {
    }

    /**
     * How an update or delete finds its row: by the input fields of a unique key's columns, or by node id (then
     * {@code keys} is the primary key and {@code fields} is empty); {@code collection} names the table's rows in
     * the error when no row is found ({@code posts}).
     */
    record RowFinder(List<PgAttribute> keys, List<String> fields, boolean byNodeId, String collection) {
        public RowFinder {
            keys = List.copyOf(keys);
            fields = List.copyOf(fields);
        }
    }

    /** {@code clientMutationId} of a payload: the input's value, unchanged. */
    record ClientMutationId() implements FieldPlan {
    }

    /** The payload's written row ({@code post}) or function result ({@code person}, {@code boolean}). */
    record MutationResult(ReturnShape returns, long typeOid) implements FieldPlan {
    }

    /** {@code postEdge(orderBy:)} of a payload: the written row with its cursor in the given order. */
    record PayloadEdge(TableRef table) implements FieldPlan {
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
