package dev.strata.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A type from {@code pg_type}, or the enum of an enum table ({@link EnumTables}).
 *
 * @param kind        {@code b} base, {@code c} composite, {@code d} domain, {@code e} enum, {@code p} pseudo,
 *                    {@code r} range, {@code m} multirange
 * @param category    {@code typcategory}: {@code A} array, {@code N} numeric, {@code S} string, …
 * @param elementOid  the element type of an array type, else 0
 * @param baseOid     the base type of a domain; for the enum of an enum table ({@link EnumTables}), the type its
 *                    labels are stored as, which values are cast to; else 0
 * @param rangeSubtypeOid the subtype of a range type, else 0
 * @param enumDescriptions each enum value's description (an element may be null), or empty when the values have
 *                    none (PostgreSQL's enums; an enum table's without a description column)
 */
public record PgType(long oid, String schema, String name, char kind, char category, long elementOid,
                     long baseOid, long rangeSubtypeOid, List<String> enumValues, Documentation doc,
                     List<String> enumDescriptions) {

    public PgType {
        enumValues = List.copyOf(enumValues);
        enumDescriptions = Collections.unmodifiableList(new ArrayList<>(enumDescriptions));
    }

    /** A type as {@code pg_type} describes it: an enum's values have no descriptions. */
    public PgType(long oid, String schema, String name, char kind, char category, long elementOid, long baseOid,
                  long rangeSubtypeOid, List<String> enumValues, Documentation doc) {
        this(oid, schema, name, kind, category, elementOid, baseOid, rangeSubtypeOid, enumValues, doc, List.of());
    }

    /** The description of the enum value at this index of {@link #enumValues}, if it has one. */
    public Optional<String> enumDescription(int index) {
        return index < enumDescriptions.size() ? Optional.ofNullable(enumDescriptions.get(index)) : Optional.empty();
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
