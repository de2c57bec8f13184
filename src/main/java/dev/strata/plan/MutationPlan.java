package dev.strata.plan;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgProc;
import dev.strata.plan.FieldPlan.ReturnShape;
import dev.strata.plan.FieldPlan.Shape;
import java.util.List;

/**
 * What a root field of the Mutation type writes; its payload is read after the write, through the payload type's
 * {@link FieldPlan}s. Sealed and compiled through {@link Visitor}, as {@link FieldPlan} is.
 */
public sealed interface MutationPlan {

    /** The written rows' table, or the function's result type: what the payload's row fields read. */
    ReturnShape returns();

    /** The name of the payload's object type. */
    String payloadType();

    <R> R accept(Visitor<R> visitor);

    /** One case per mutation plan. */
    interface Visitor<R> {
        R create(Create plan);

        R update(Update plan);

        R delete(Delete plan);

        R callFunction(CallFunction plan);
    }

    /** {@code createPost}: inserts the row given as input field {@code rowField}. */
    record Create(TableRef table, String rowField, List<InputColumn> columns, String payloadType)
            implements MutationPlan {
        public Create {
            columns = List.copyOf(columns);
        }

        @Override
        public ReturnShape returns() {
            return new ReturnShape(table, Shape.SINGLE);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.create(this);
        }
    }

    /** {@code updatePostById}, {@code updatePost}: sets the columns given in the patch of one row. */
    record Update(TableRef table, RowFinder finder, String patchField, List<InputColumn> columns,
                  String payloadType) implements MutationPlan {
        public Update {
            columns = List.copyOf(columns);
        }

        @Override
        public ReturnShape returns() {
            return new ReturnShape(table, Shape.SINGLE);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.update(this);
        }
    }

    /** {@code deletePostById}, {@code deletePost}: deletes one row. */
    record Delete(TableRef table, RowFinder finder, String payloadType) implements MutationPlan {
        @Override
        public ReturnShape returns() {
            return new ReturnShape(table, Shape.SINGLE);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.delete(this);
        }
    }

    /** A VOLATILE function called as a mutation; {@code argumentNames} are the input fields of its arguments. */
    record CallFunction(PgProc proc, List<String> argumentNames, ReturnShape returns, String payloadType)
            implements MutationPlan {
        public CallFunction {
            argumentNames = List.copyOf(argumentNames);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.callFunction(this);
        }
    }

    /** A column set by a mutation, with the name of its field in the row input or patch. */
    record InputColumn(String field, PgAttribute column) {
    }

    /**
     * How an update or delete finds its row: by the input fields of a unique key's columns, or by node id (then
     * {@code keys} is the primary key and {@code fields} is the one node id field); {@code collection} names the
     * table's rows in the error when no row is found ({@code posts}).
     */
    record RowFinder(List<PgAttribute> keys, List<String> fields, boolean byNodeId, String collection) {
        public RowFinder {
            keys = List.copyOf(keys);
            fields = List.copyOf(fields);
        }
    }
}
