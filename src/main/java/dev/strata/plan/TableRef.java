package dev.strata.plan;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.sql.Sql;
import java.util.List;

/**
 * A table or view as the compiler needs it: its GraphQL type name, the prefix of its node ids and the columns
 * that identify a row (the primary key), empty for a table without one.
 */
public record TableRef(PgClass pgClass, String typeName, String nodeIdPrefix, List<PgAttribute> primaryKey) {

    public TableRef {
        primaryKey = List.copyOf(primaryKey);
    }

    public Sql from() {
        return Sql.identifier(pgClass.schema(), pgClass.name());
    }

    public boolean hasPrimaryKey() {
        return !primaryKey.isEmpty();
    }
}
