package dev.strata.plan;

import dev.strata.catalog.Catalog;
import dev.strata.catalog.PgType;
import dev.strata.sql.Sql;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How values cross between GraphQL and SQL: columns are read in PostGraphile 4's output formats (64-bit integers,
 * numerics and JSON as strings), and arguments are bound as text parameters cast to the column's own type.
 */
public final class SqlValues {

    private static final Set<String> AS_TEXT = Set.of("int8", "numeric", "json", "jsonb", "money", "interval");

    private final Catalog catalog;

    public SqlValues(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The expression to put into a {@code json_build_object} for a value of this type. */
    public Sql output(Sql expression, long typeOid) {
        PgType type = base(typeOid);
        if (type.isArray()) {
            PgType element = base(type.elementOid());
            return needsText(element) ? Sql.of("({})::text[]", expression) : expression;
        }
        return needsText(type) ? Sql.of("({})::text", expression) : expression;
    }

    /** A bind parameter holding the value as text, cast to the type. */
    public Sql bind(Object value, long typeOid) {
        return Sql.value(value == null ? null : text(value), typeName(typeOid));
    }

    public Sql typeName(long typeOid) {
        PgType type = catalog.type(typeOid);
        return Sql.identifier(type.schema(), type.name());
    }

    private boolean needsText(PgType type) {
        return type.schema().equals("pg_catalog") ? AS_TEXT.contains(type.name())
                : type.kind() == 'b' && type.category() != 'S';
    }

    private PgType base(long typeOid) {
        PgType type = catalog.type(typeOid);
        while (type.isDomain()) {
            type = catalog.type(type.baseOid());
        }
        return type;
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder array = new StringBuilder("{");
            for (Object element : list) {
                if (array.length() > 1) {
                    array.append(',');
                }
                array.append(element == null ? "NULL"
                        : '"' + text(element).replace("\\", "\\\\").replace("\"", "\\\"") + '"');
            }
            return array.append('}').toString();
        }
        if (value instanceof Map<?, ?>) {
            throw new QueryException("Composite values are not supported as arguments yet");
        }
        return String.valueOf(value);
    }
}
