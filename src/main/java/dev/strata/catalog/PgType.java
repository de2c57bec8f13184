package dev.strata.catalog;

import java.util.List;

/**
 * A type from {@code pg_type}.
 *
 * @param kind        {@code b} base, {@code c} composite, {@code d} domain, {@code e} enum, {@code p} pseudo,
 *                    {@code r} range, {@code m} multirange
 * @param category    {@code typcategory}: {@code A} array, {@code N} numeric, {@code S} string, …
 * @param elementOid  the element type of an array type, else 0
 * @param baseOid     the base type of a domain, else 0
 * @param rangeSubtypeOid the subtype of a range type, else 0
 */
public record PgType(long oid, String schema, String name, char kind, char category, long elementOid,
                     long baseOid, long rangeSubtypeOid, List<String> enumValues, Documentation doc) {

    public PgType {
        enumValues = List.copyOf(enumValues);
    }

    public boolean isArray() {
        return category == 'A' && elementOid != 0;
    }

    public boolean isEnum() {
        return kind == 'e';
    }

    public boolean isComposite() {
        return kind == 'c';
    }

    public boolean isRange() {
        return kind == 'r';
    }

    public boolean isDomain() {
        return kind == 'd';
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
