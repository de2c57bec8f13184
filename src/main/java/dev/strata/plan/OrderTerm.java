package dev.strata.plan;

import dev.strata.catalog.PgAttribute;
import java.util.List;

/**
 * The value of an {@code XOrderBy} enum: the columns to sort by, the direction, and the name it has in cursors
 * ({@code primary_key_asc}). {@code unique} terms need no primary key to break ties; {@code NATURAL} has no
 * columns.
 */
public record OrderTerm(String cursorName, List<PgAttribute> columns, boolean ascending, boolean unique) {

    public OrderTerm {
        columns = List.copyOf(columns);
    }

    public boolean isNatural() {
        return columns.isEmpty();
    }
}
