package dev.strata.catalog;

/** A column of a table, view or composite type. */
public record PgAttribute(String name, int num, long typeOid, int typmod, boolean notNull, boolean hasDefault,
                          boolean generated, Documentation doc, Privileges privileges) {
}
