package dev.strata.behavior;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgConstraint;
import dev.strata.catalog.PgProc;
import dev.strata.catalog.PgType;

/** The one place generators ask whether they may add something to the schema. */
public interface EntityBehaviors {

    boolean table(PgClass table, String behavior);

    boolean column(PgClass table, PgAttribute column, String behavior);

    boolean constraint(PgClass table, PgConstraint constraint, String behavior);

    /**
     * A relation field of foreign key {@code key} (of {@code table}) whose rows come from {@code returned}: the
     * referenced table for the forward field, {@code table} itself for the backward one.
     */
    boolean relation(PgClass table, PgConstraint key, PgClass returned, String behavior);

    /** An enum type (composite types are classes, asked through {@link #table}). */
    boolean type(PgType type, String behavior);

    boolean function(PgProc function, String behavior);
}
