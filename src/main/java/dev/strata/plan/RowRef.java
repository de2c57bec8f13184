package dev.strata.plan;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgProc;
import dev.strata.sql.Sql;
import java.util.ArrayList;
import java.util.List;

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

    /** A column's value, or a computed column called on the row. */
    Sql value(RowValue value) {
        if (value instanceof RowValue.Column column) {
            return column(column.attribute().name());
        }
        PgProc function = ((RowValue.Computed) value).function();
        return Sql.of("{}({})", Sql.identifier(function.schema(), function.name()), row());
    }

    /** {@code this.c1 = other.d1 and …}: the row's columns equal the other row's, pair by pair. */
    List<Sql> joinedTo(List<String> columns, RowRef other, List<String> otherColumns) {
        List<Sql> conditions = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            conditions.add(Sql.of("{} = {}", column(columns.get(i)), other.column(otherColumns.get(i))));
        }
        return conditions;
    }

    /** {@code this.k1 = ? and …}: the row has the given key values, each bound as its column's type. */
    Sql hasKey(List<PgAttribute> keys, List<?> keyValues, SqlValues values) {
        List<Sql> conditions = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            conditions.add(Sql.of("{} = {}", column(keys.get(i).name()),
                    values.bind(keyValues.get(i), keys.get(i).typeOid())));
        }
        return Sql.join(" and ", conditions);
    }

    /** The row's 1-based position in a numbered source. */
    Sql number() {
        return Sql.raw(alias + ".n");
    }
}
