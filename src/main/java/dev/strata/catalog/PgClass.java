package dev.strata.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A table ({@code r}, {@code p}), view ({@code v}), materialized view ({@code m}), foreign table ({@code f}) or
 * composite type ({@code c}) with its columns (in column order) and constraints. {@code privileges} says what the
 * roles may do with it, {@code supports} what the relation itself allows: a view that PostgreSQL cannot update
 * automatically (and that has no rules or triggers for it) supports no insert, update or delete.
 */
public record PgClass(long oid, String schema, String name, char kind, long typeOid, List<PgAttribute> attributes,
                      List<PgConstraint> constraints, Documentation doc, Privileges privileges,
                      Privileges supports) {

    public PgClass {
        attributes = List.copyOf(attributes);
        constraints = List.copyOf(constraints);
    }

    public boolean isSelectable() {
        return kind != 'c';
    }

    public Optional<PgConstraint> primaryKey() {
        return constraints.stream().filter(PgConstraint::isPrimaryKey).findFirst();
    }

    public Optional<PgAttribute> attribute(String column) {
        return attributes.stream().filter(a -> a.name().equals(column)).findFirst();
    }

    /** The named columns, in the order given; each must exist. */
    public List<PgAttribute> attributes(List<String> columns) {
        return columns.stream().map(column -> attribute(column).orElseThrow(
                () -> new IllegalArgumentException(qualifiedName() + " has no column " + column))).toList();
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
