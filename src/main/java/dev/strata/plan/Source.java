package dev.strata.plan;

import dev.strata.sql.Sql;

/**
 * Where the rows of a collection come from: a table scanned directly, or a set of rows or values numbered in
 * the order they come (a set-returning function, or a table without a primary key).
 *
 * @param table the table type of the rows, null for a set of scalar values
 * @param valueTypeOid the type of the scalar values when {@code table} is null
 */
record Source(Sql relation, TableRef table, long valueTypeOid, boolean numbered) {

    static Source table(TableRef table) {
        if (table.hasPrimaryKey()) {
            return new Source(table.from(), table, 0, false);
        }
        return new Source(numberedRows(Sql.of("{} as f", table.from())), table, 0, true);
    }

    static Source function(Sql call, TableRef table, long valueTypeOid) {
        return new Source(numberedRows(Sql.of("{} as f", call)), table, valueTypeOid, true);
    }

    private static Sql numberedRows(Sql from) {
        return Sql.of("(select f as r, row_number() over () as n from {})", from);
    }

    Sql from(String alias) {
        return Sql.concat(relation, Sql.raw(" as " + alias));
    }

    RowRef row(String alias) {
        return new RowRef(alias, numbered);
    }

    boolean isScalar() {
        return table == null;
    }
}
