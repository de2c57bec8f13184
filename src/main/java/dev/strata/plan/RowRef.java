package dev.strata.plan;

import dev.strata.sql.Sql;

/**
 * How SQL refers to the current row: a table alias ({@code t1}, {@code t1."id"}) or, for rows produced by a
 * function or numbered in a subquery, the whole-row column {@code r} of that alias ({@code (t1.r)."id"}).
 */
record RowRef(String alias, boolean wrapped) {

    Sql row() {
        return wrapped ? Sql.raw(alias + ".r") : Sql.raw(alias);
    }

    Sql column(String name) {
        return wrapped ? Sql.concat(Sql.raw("(" + alias + ".r)."), Sql.identifier(name))
                : Sql.concat(Sql.raw(alias + "."), Sql.identifier(name));
    }

    /** The row's 1-based position in a numbered source. */
    Sql number() {
        return Sql.raw(alias + ".n");
    }
}
