package dev.strata.plan;

import dev.strata.catalog.Catalog;
import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgType;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * A GraphQL input value as the text PostgreSQL reads for its type: arrays, composite values (their fields by
 * GraphQL name), ranges ({@code {start: {value, inclusive}, end: …}}), intervals ({@code {years, …, seconds}}) and
 * hstore objects in PostgreSQL's literal syntax, everything else as its own text. The text is always bound as a
 * parameter, never put into the SQL.
 */
final class TextLiterals {

    private static final List<String> INTERVAL_PARTS = List.of("years", "months", "days", "hours", "minutes",
            "seconds");

    private final Catalog catalog;
    private final Function<PgAttribute, String> fieldNames;

    TextLiterals(Catalog catalog, Function<PgAttribute, String> fieldNames) {
        this.catalog = catalog;
        this.fieldNames = fieldNames;
    }

    String text(Object value, long typeOid) {
        PgType type = catalog.type(typeOid);
        while (type.isDomain()) {
            type = catalog.type(type.baseOid());
        }
        if (value instanceof List<?> list) {
            long elementOid = type.isArray() ? type.elementOid() : typeOid;
            StringJoiner array = new StringJoiner(",", "{", "}");
            list.forEach(element -> array.add(quotedOr(element, elementOid, "NULL")));
            return array.toString();
        }
        if (value instanceof Map<?, ?> map) {
            return object(map, type);
        }
        return String.valueOf(value);
    }

    private String object(Map<?, ?> map, PgType type) {
        if (type.isRange()) {
            return range(map, type.rangeSubtypeOid());
        }
        if (type.isComposite()) {
            PgClass composite = catalog.classByTypeOid(type.oid()).orElseThrow();
            StringJoiner row = new StringJoiner(",", "(", ")");
            composite.attributes().forEach(attribute -> row.add(
                    quotedOr(map.get(fieldNames.apply(attribute)), attribute.typeOid(), "")));
            return row.toString();
        }
        if (type.name().equals("interval")) {
            StringBuilder interval = new StringBuilder("@");
            INTERVAL_PARTS.stream().filter(part -> map.get(part) != null)
                    .forEach(part -> interval.append(' ').append(map.get(part)).append(' ').append(part));
            return interval.length() == 1 ? "0" : interval.toString();
        }
        StringJoiner hstore = new StringJoiner(", ");
        map.forEach((key, value) -> hstore.add(quoted(String.valueOf(key)) + "=>"
                + (value == null ? "NULL" : quoted(String.valueOf(value)))));
        return hstore.toString();
    }

    /** {@code [1,10)}; a missing end is unbounded. */
    private String range(Map<?, ?> range, long subtypeOid) {
        return bound(range.get("start"), subtypeOid, true) + "," + bound(range.get("end"), subtypeOid, false);
    }

    private String bound(Object bound, long subtypeOid, boolean start) {
        if (!(bound instanceof Map<?, ?> map)) {
            return start ? "(" : ")";
        }
        String value = quoted(text(map.get("value"), subtypeOid));
        boolean inclusive = Boolean.TRUE.equals(map.get("inclusive"));
        return start ? (inclusive ? "[" : "(") + value : value + (inclusive ? "]" : ")");
    }

    private String quotedOr(Object value, long typeOid, String whenNull) {
        return value == null ? whenNull : quoted(text(value, typeOid));
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
