package dev.strata.plan;

import dev.strata.naming.FixedNames;
import dev.strata.sql.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a Relay connection ({@code nodes}, {@code edges}, {@code pageInfo}, {@code totalCount}) over a
 * source: one subquery fetches the page, and the outer aggregate builds the connection object from it. With
 * {@code pageInfo} (or a backward page) the subquery fetches one row more, to learn whether there is another page,
 * and numbers the rows in page order.
 */
final class ConnectionCompiler {

    /** Builds the JSON of one row (or scalar) of the source for a selection. */
    interface NodeJson {
        Sql of(Source source, RowRef row, List<Selection> fields);
    }

    private final NodeJson nodeJson;
    private final SqlValues values;
    private final boolean asResponseText;

    /** @param asResponseText whether cursors are encoded in SQL, for a response written as PostgreSQL's text */
    ConnectionCompiler(NodeJson nodeJson, SqlValues values, boolean asResponseText) {
        this.nodeJson = nodeJson;
        this.values = values;
        this.asResponseText = asResponseText;
    }

    Sql compile(Source source, String alias, List<Sql> conditions, Selection field, String pageAlias) {
        Page page = Page.of(field, source);
        RowRef row = source.row(alias);
        Ordering ordering = Ordering.of(source, QueryCompiler.orderTerms(field));
        List<Sql> where = new ArrayList<>(conditions);
        Sql afterCondition = page.after() == null ? null : ordering.beyond(page.after(), true, row, values);
        Sql beforeCondition = page.before() == null ? null : ordering.beyond(page.before(), false, row, values);
        if (afterCondition != null) {
            where.add(afterCondition);
        }
        if (beforeCondition != null) {
            where.add(beforeCondition);
        }

        List<Sql> columns = new ArrayList<>();
        List<Sql> pairs = new ArrayList<>();
        String p = pageAlias;
        boolean peeks = selectsPageInfo(field);
        boolean numbered = peeks || page.backward();
        Sql inPage = page.limit() == null || !peeks ? Sql.EMPTY
                : Sql.concat(Sql.raw(" filter (where " + p + ".n <= "), Sql.value(sum(page.offset(), page.limit())),
                Sql.raw(")"));
        String direction = page.backward() ? " desc" : "";
        Sql cursor = asResponseText ? ordering.encodedCursor(row, values) : ordering.cursor(row, values);
        for (Selection child : field.children()) {
            String column = "c" + columns.size();
            Sql json;
            switch (child.name()) {
                case FixedNames.NODES -> json = nodeJson.of(source, row, child.children());
                case FixedNames.EDGES -> json = edge(source, row, child, cursor);
                case FixedNames.TOTAL_COUNT -> {
                    pairs.add(Sql.literal(child.resultKey()));
                    pairs.add(Sql.of("(select count(*) from {}{})", source.from(alias),
                            QueryCompiler.whereClause(conditions)));
                    continue;
                }
                case FixedNames.PAGE_INFO_FIELD -> {
                    pairs.add(Sql.literal(child.resultKey()));
                    pairs.add(pageInfo(child, page, p, inPage, direction, source, alias, conditions,
                            afterCondition, beforeCondition));
                    continue;
                }
                default -> throw new IllegalStateException("unknown connection field " + child.name());
            }
            columns.add(Sql.concat(json, Sql.raw(" as " + column)));
            pairs.add(Sql.literal(child.resultKey()));
            pairs.add(Sql.of("coalesce(json_agg(" + p + "." + column
                    + (numbered ? " order by " + p + ".n" + direction : "") + "){}, '[]'::json)", inPage));
        }
        if (selectsPageCursor(field)) {
            columns.add(Sql.concat(cursor, Sql.raw(" as cursor")));
        }
        Sql order = ordering.pageOrder(row, page.backward());
        if (!numbered) {
            // Only the page's rows, aggregated in the order the subquery gives them: no window function, no sort
            // inside the aggregate, no extra row (PostgreSQL's cost of a connection without pageInfo)
            Sql rows = Sql.of("select {} from {}{}{}{}", Sql.join(", ", columns), source.from(alias),
                    QueryCompiler.whereClause(where), QueryCompiler.clause(order), page.limitOffset(false));
            return Sql.of("(select {} from ({}) as " + p + " group by ())", QueryCompiler.jsonObject(pairs), rows);
        }
        columns.add(Sql.of("row_number() over ({}) as n", order));
        Sql rows = Sql.of("select {} from {}{}{}{}", Sql.join(", ", columns), source.from(alias),
                QueryCompiler.whereClause(where), QueryCompiler.clause(order), page.limitOffset(peeks));
        return Sql.of("(select {} from ({}) as " + p + " group by ())", QueryCompiler.jsonObject(pairs), rows);
    }

    /**
     * Whether {@code pageInfo} is selected: then the page fetches one row more, to learn whether there is another
     * page, and numbers its rows to leave that row out (a backward page, fetched in reverse, is numbered too, to be
     * put back in order). Without numbers the aggregate reads the rows in the order the page's subquery gives them.
     */
    private static boolean selectsPageInfo(Selection connection) {
        return connection.children().stream().anyMatch(child -> child.name().equals(FixedNames.PAGE_INFO_FIELD));
    }

    /** An edge: its cursor and its node, as selected. */
    Sql edge(Source source, RowRef row, Selection edges, Sql cursor) {
        List<Sql> pairs = new ArrayList<>();
        for (Selection child : edges.children()) {
            pairs.add(Sql.literal(child.resultKey()));
            pairs.add(child.name().equals(FixedNames.CURSOR) ? cursor : nodeJson.of(source, row, child.children()));
        }
        return QueryCompiler.jsonObject(pairs);
    }

    private Sql pageInfo(Selection pageInfo, Page page, String p, Sql inPage, String direction, Source source,
                         String alias, List<Sql> conditions, Sql afterCondition, Sql beforeCondition) {
        Sql fetchedMore = page.limit() == null || page.limit() == 0 ? Sql.raw("false")
                : Sql.concat(Sql.raw("count(*) > "), Sql.value(page.limit()));
        Sql beyondBefore = exists(source, alias, conditions, beforeCondition);
        Sql beyondAfter = exists(source, alias, conditions, afterCondition);
        Sql hasNext = page.backward() ? beyondBefore : or(fetchedMore, beyondBefore);
        Sql hasPrevious = page.backward() ? fetchedMore
                : or(Sql.raw(page.offset() > 0 ? "true" : "false"), beyondAfter);
        List<Sql> pairs = new ArrayList<>();
        for (Selection child : pageInfo.children()) {
            pairs.add(Sql.literal(child.resultKey()));
            pairs.add(switch (child.name()) {
                case FixedNames.HAS_NEXT_PAGE -> hasNext;
                case FixedNames.HAS_PREVIOUS_PAGE -> hasPrevious;
                case FixedNames.START_CURSOR -> Sql.of("(array_agg(" + p + ".cursor order by " + p + ".n" + direction
                        + "){})[1]", inPage);
                case FixedNames.END_CURSOR -> Sql.of("(array_agg(" + p + ".cursor order by " + p + ".n"
                        + (page.backward() ? "" : " desc") + "){})[1]", inPage);
                default -> throw new IllegalStateException("unknown page info field " + child.name());
            });
        }
        return QueryCompiler.jsonObject(pairs);
    }

    /** Whether {@code pageInfo} asks for a start or end cursor, the only readers of the page's cursor column. */
    private static boolean selectsPageCursor(Selection connection) {
        return connection.children().stream().filter(child -> child.name().equals(FixedNames.PAGE_INFO_FIELD))
                .flatMap(pageInfo -> pageInfo.children().stream())
                .anyMatch(child -> child.name().equals(FixedNames.START_CURSOR)
                        || child.name().equals(FixedNames.END_CURSOR));
    }

    /** Whether a row of the collection lies on the far side of a cursor (false without a cursor). */
    private static Sql exists(Source source, String alias, List<Sql> conditions, Sql cursorCondition) {
        if (cursorCondition == null) {
            return Sql.raw("false");
        }
        List<Sql> where = new ArrayList<>(conditions);
        where.add(Sql.of("not {}", cursorCondition));
        return Sql.of("exists (select 1 from {}{})", source.from(alias), QueryCompiler.whereClause(where));
    }

    private static Sql or(Sql left, Sql right) {
        return Sql.of("({} or {})", left, right);
    }

    /** The pagination arguments of a connection field, checked as PostGraphile 4 checks them. */
    /** {@code a + b} as an int when it fits, so that {@code first: 2147483647} cannot overflow into a negative. */
    private static Number sum(int a, int b) {
        long sum = (long) a + b;
        if (sum <= Integer.MAX_VALUE) {
            return (int) sum;
        }
        return sum;
    }

    private record Page(Integer first, Integer last, int offset, String after, String before) {

        static Page of(Selection field, Source source) {
            Integer first = (Integer) field.argument(FixedNames.FIRST);
            Integer last = (Integer) field.argument(FixedNames.LAST);
            Integer offset = (Integer) field.argument(FixedNames.OFFSET);
            if (first != null && last != null) {
                throw new QueryException("We don't support setting both first and last");
            }
            if (last != null && offset != null) {
                throw new QueryException("We don't support setting both offset and last");
            }
            if (last != null && (source.numbered() || source.isScalar())) {
                throw new QueryException("Cannot do last of an unordered set");
            }
            if (offset != null && offset < 0) {
                throw new QueryException("The expression evaluated to a falsy value:\n\n  (offset > 0)\n",
                        "ERR_ASSERTION");
            }
            Integer limit = first != null ? first : last;
            if (limit != null) {
                QueryCompiler.nonNegative(limit);
            }
            return new Page(first, last, offset == null ? 0 : offset, (String) field.argument(FixedNames.AFTER),
                    (String) field.argument(FixedNames.BEFORE));
        }

        boolean backward() {
            return last != null;
        }

        Integer limit() {
            return first != null ? first : last;
        }

        /** With {@code extraRow}, one row more than the page, to learn whether there is another page. */
        Sql limitOffset(boolean extraRow) {
            Sql limit = limit() == null ? Sql.EMPTY
                    : Sql.concat(Sql.raw(" limit "), Sql.value(extraRow ? sum(limit(), 1) : limit()));
            Sql skip = offset == 0 ? Sql.EMPTY : Sql.concat(Sql.raw(" offset "), Sql.value(offset));
            return Sql.concat(limit, skip);
        }
    }
}
