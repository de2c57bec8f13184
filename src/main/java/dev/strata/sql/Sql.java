package dev.strata.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An immutable piece of SQL text with its bind values.
 *
 * <p>This is the only way Strata writes SQL, so that injection is impossible by construction: identifiers are
 * quoted by {@link #identifier} alone, values only ever become {@code ?} placeholders, and the remaining text comes
 * from {@link #raw}, which callers use for keywords and operators written in Strata's own source.
 */
public final class Sql {

    public static final Sql EMPTY = new Sql("", List.of());

    private final String text;
    private final List<Object> values;

    private Sql(String text, List<Object> values) {
        this.text = text;
        this.values = values;
    }

    /** SQL text written in Strata's source code (keywords, operators, function names of PostgreSQL). */
    public static Sql raw(String text) {
        return new Sql(text, List.of());
    }

    /** A bind value: written as a placeholder, passed to the driver separately. */
    public static Sql value(Object value) {
        List<Object> values = new ArrayList<>(1);
        values.add(value);
        return new Sql("?", values);
    }

    /** A bind value cast to the given (already quoted) type, e.g. {@code ?::"forum_example"."post_topic"}. */
    public static Sql value(Object value, Sql type) {
        return concat(value(value), raw("::"), type);
    }

    /** A possibly qualified identifier, each part double-quoted with embedded quotes doubled. */
    public static Sql identifier(String... parts) {
        StringBuilder quoted = new StringBuilder();
        for (String part : parts) {
            if (quoted.length() > 0) {
                quoted.append('.');
            }
            quoted.append(quote(part));
        }
        return raw(quoted.toString());
    }

    /** A SQL string literal for text that Strata itself chose (JSON keys, names); user values use {@link #value}. */
    public static Sql literal(String text) {
        return raw("'" + text.replace("'", "''") + "'");
    }

    public static Sql concat(Sql... parts) {
        return join("", List.of(parts));
    }

    public static Sql join(String separator, Collection<Sql> parts) {
        StringBuilder text = new StringBuilder();
        List<Object> values = new ArrayList<>();
        boolean first = true;
        for (Sql part : parts) {
            if (!first) {
                text.append(separator);
            }
            first = false;
            text.append(part.text);
            values.addAll(part.values);
        }
        return new Sql(text.toString(), values);
    }

    /** Fills a template whose {@code {}} markers are replaced by the given fragments in order. */
    public static Sql of(String template, Sql... fragments) {
        List<Sql> parts = new ArrayList<>();
        int start = 0;
        int index = 0;
        for (int marker = template.indexOf("{}"); marker >= 0; marker = template.indexOf("{}", start)) {
            if (index == fragments.length) {
                throw new IllegalArgumentException("template has more markers than the " + fragments.length
                        + " fragments given");
            }
            parts.add(raw(template.substring(start, marker)));
            parts.add(fragments[index++]);
            start = marker + 2;
        }
        if (index != fragments.length) {
            throw new IllegalArgumentException("template has " + index + " markers, given " + fragments.length);
        }
        parts.add(raw(template.substring(start)));
        return join("", parts);
    }

    private static String quote(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    public String text() {
        return text;
    }

    /** The bind values in placeholder order; a value may be null. */
    public List<Object> values() {
        return java.util.Collections.unmodifiableList(values);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return text + " " + values;
    }
}
