package dev.strata.plan;

import dev.strata.catalog.PgAttribute;
import java.util.List;

/**
 * The value of an {@code XOrderBy} enum: the values of the row to sort by (columns, or a computed column), the
 * direction, and the name it has in cursors ({@code primary_key_asc}). {@code unique} terms need no primary key
 * to break ties; {@code NATURAL} sorts by nothing.
 */
public record OrderTerm(String cursorName, List<RowValue> values, boolean ascending, boolean unique) {

    public OrderTerm {
        values = List.copyOf(values);
    }

    /** A term sorting by columns. */
    public static OrderTerm ofColumns(String cursorName, List<PgAttribute> columns, boolean ascending,
                                      boolean unique) {
        return new OrderTerm(cursorName, columns.stream().<RowValue>map(RowValue.Column::new).toList(), ascending,
                unique);
    }

    public boolean isNatural() {
        return values.isEmpty();
    }
}
