package dev.strata.catalog;

import java.util.List;

/**
 * A primary key ({@code p}), unique ({@code u}) or foreign key ({@code f}) constraint; also the ones declared
 * with smart tags on views ({@code @primaryKey}, {@code @unique}, {@code @foreignKey}).
 */
public record PgConstraint(String name, char type, List<String> columns, long foreignClassOid,
                           List<String> foreignColumns, Documentation doc) {

    public PgConstraint {
        columns = List.copyOf(columns);
        foreignColumns = List.copyOf(foreignColumns);
    }

    public boolean isPrimaryKey() {
        return type == 'p';
    }

    public boolean isUnique() {
        return type == 'p' || type == 'u';
    }

    public boolean isForeignKey() {
        return type == 'f';
    }
}
