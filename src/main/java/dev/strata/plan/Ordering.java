package dev.strata.plan;

import dev.strata.sql.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of a collection's rows and the shape of its cursors: the order names written into every cursor, then
 * the values of the sort columns (with the primary key, if any, appended to break ties), or for a numbered source
 * in its own order the row's position ({@code ["natural",3]}).
 */
final class Ordering {

    private static final String NATURAL = "natural";

    private final List<String> names;
    private final List<RowValue> columns;
    private final List<Boolean> ascending;

    private Ordering(List<String> names, List<RowValue> columns, List<Boolean> ascending) {
        this.names = List.copyOf(names);
        this.columns = List.copyOf(columns);
        this.ascending = List.copyOf(ascending);
    }

    static Ordering of(Source source, List<OrderTerm> terms) {
        List<OrderTerm> explicit = terms == null ? List.of()
                : terms.stream().filter(term -> !term.isNatural()).toList();
        if (source.isScalar() && !explicit.isEmpty()) {
            throw new QueryException("Ordering a set of values is not supported");
        }
        if (explicit.isEmpty() && (source.numbered() || source.isScalar())) {
            return new Ordering(List.of(NATURAL), List.of(), List.of());
        }
        TableRef table = source.table();
        if (explicit.isEmpty()) {
            return new Ordering(List.of("primary_key_asc"), primaryKey(table),
                    table.primaryKey().stream().map(column -> true).toList());
        }
        List<String> names = new ArrayList<>();
        List<RowValue> columns = new ArrayList<>();
        List<Boolean> ascending = new ArrayList<>();
        boolean unique = false;
        for (OrderTerm term : explicit) {
            names.add(term.cursorName());
            term.values().forEach(column -> {
                columns.add(column);
                ascending.add(term.ascending());
            });
            unique |= term.unique();
        }
        if (!unique) {
            primaryKey(table).forEach(column -> {
                columns.add(column);
                ascending.add(true);
            });
        }
        return new Ordering(names, columns, ascending);
    }

    private static List<RowValue> primaryKey(TableRef table) {
        return table.primaryKey().stream().<RowValue>map(RowValue.Column::new).toList();
    }

    boolean isNatural() {
        return columns.isEmpty();
    }

    /**
     * The {@code order by …} of a page's window and query; none when the rows are read forwards in the source's
     * own order (a function's): they stream in that order, so a LIMIT stops the scan early, where sorting by the
     * row's number would compute every row of the source first.
     */
    Sql pageOrder(RowRef row, boolean reverse) {
        return isNatural() && !reverse ? Sql.EMPTY : Sql.concat(Sql.raw("order by "), orderBy(row, reverse));
    }

    /** The ORDER BY list, reversed for paging backwards. */
    Sql orderBy(RowRef row, boolean reverse) {
        if (isNatural()) {
            return Sql.concat(row.number(), Sql.raw(reverse ? " desc" : " asc"));
        }
        List<Sql> terms = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            boolean asc = ascending.get(i) != reverse;
            terms.add(Sql.concat(row.value(columns.get(i)), Sql.raw(asc ? " asc" : " desc")));
        }
        return Sql.join(", ", terms);
    }

    /** The JSON array a cursor of this row encodes. */
    Sql cursor(RowRef row, SqlValues values) {
        List<Sql> parts = new ArrayList<>();
        names.forEach(name -> parts.add(Sql.literal(name)));
        if (isNatural()) {
            parts.add(row.number());
        } else {
            List<Sql> keys = new ArrayList<>();
            columns.forEach(column -> keys.add(values.output(row.value(column), column.typeOid())));
            parts.add(Sql.of("json_build_array({})", Sql.join(", ", keys)));
        }
        return Sql.of("json_build_array({})", Sql.join(", ", parts));
    }

    /** The cursor of this row as the response writes it, encoded in SQL ({@link OpaqueIds#inSql}). */
    Sql encodedCursor(RowRef row, SqlValues values) {
        List<Sql> parts = new ArrayList<>();
        names.forEach(name -> parts.add(OpaqueIds.jsonString(name)));
        if (isNatural()) {
            parts.add(Sql.of("({})::text", row.number()));
        } else {
            List<Sql> keys = new ArrayList<>();
            columns.forEach(column -> keys.add(values.jsonText(row.value(column), column.typeOid())
                    .orElseThrow(NotResponseText::new)));
            parts.add(Sql.of("'[' || {} || ']'", Sql.join(" || ',' || ", keys)));
        }
        return OpaqueIds.inSql(parts);
    }

    /**
     * The condition that a row comes after ({@code after == true}) or before the row of the cursor, comparing
     * the sort columns lexicographically in their directions.
     */
    Sql beyond(String cursor, boolean after, RowRef row, SqlValues values) {
        List<Object> decoded = OpaqueIds.decode(cursor).orElseThrow(Ordering::invalid);
        if (decoded.size() != names.size() + 1 || !decoded.subList(0, names.size()).equals(names)) {
            throw invalid();
        }
        Object last = decoded.get(names.size());
        if (isNatural()) {
            if (!(last instanceof Integer position)) {
                throw invalid();
            }
            return Sql.concat(row.number(), Sql.raw(after ? " > " : " < "), Sql.value(position));
        }
        if (!(last instanceof List<?> keys) || keys.size() != columns.size()) {
            throw invalid();
        }
        List<Sql> alternatives = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            List<Sql> conjuncts = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                conjuncts.add(compare(row, j, " = ", keys.get(j), values));
            }
            boolean greater = ascending.get(i) == after;
            conjuncts.add(compare(row, i, greater ? " > " : " < ", keys.get(i), values));
            alternatives.add(Sql.of("({})", Sql.join(" and ", conjuncts)));
        }
        return Sql.of("({})", Sql.join(" or ", alternatives));
    }

    private Sql compare(RowRef row, int index, String operator, Object key, SqlValues values) {
        RowValue column = columns.get(index);
        return Sql.concat(row.value(column), Sql.raw(operator), values.bind(key, column.typeOid()));
    }

    private static QueryException invalid() {
        return new QueryException("Invalid cursor, please enter a cursor from a previous request, or null.");
    }
}
