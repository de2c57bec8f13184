package dev.strata.plan;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgProc;

/**
 * A value of a row that a collection can be ordered or filtered by: one of its columns, or a computed column (a
 * function of the row alone, V4's {@code @sortable} / {@code @filterable}) that the compiler calls on the row.
 */
public sealed interface RowValue {

    /** The PostgreSQL type of the value, to bind and output it (cursors). */
    long typeOid();

    /** A column of the row. */
    record Column(PgAttribute attribute) implements RowValue {
        @Override
        public long typeOid() {
            return attribute.typeOid();
        }
    }

    /** {@code function(row)}: a scalar computed column with no argument but the row. */
    record Computed(PgProc function) implements RowValue {
        @Override
        public long typeOid() {
            return function.returnTypeOid();
        }
    }
}
