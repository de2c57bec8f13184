package dev.strata.plan;

import java.util.Map;

/**
 * What an argument of a collection field does to the rows it returns ({@code condition}, and any filtering
 * argument added later): the compiler turns the argument's value into conditions of the collection's
 * {@code where}, which {@code totalCount} and the page info count too. Sealed and compiled through
 * {@link Visitor}, as {@link FieldPlan} is.
 */
public sealed interface RowFilter {

    <R> R accept(Visitor<R> visitor);

    /** One case per filter. */
    interface Visitor<R> {
        R condition(Condition plan);
    }

    /**
     * PostGraphile 4's {@code condition}: each field given tests its column for equality ({@code null}: is null),
     * all combined with {@code and}.
     *
     * @param columns the row's value (a column, or a {@code @filterable} computed column) each field of the
     *                condition's input type tests, by field name
     */
    record Condition(Map<String, RowValue> columns) implements RowFilter {
        public Condition {
            columns = Map.copyOf(columns);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.condition(this);
        }
    }
}
