package dev.strata.behavior;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgConstraint;
import dev.strata.catalog.PgProc;
import dev.strata.catalog.PgType;

/**
 * The one place generators ask whether they may add something to the schema. They ask typed behaviors
 * ({@link KnownBehavior}), never free text, so a misspelt question cannot compile.
 */
public interface EntityBehaviors {

    boolean table(PgClass table, KnownBehavior behavior);

    boolean column(PgClass table, PgAttribute column, KnownBehavior behavior);

    boolean constraint(PgClass table, PgConstraint constraint, KnownBehavior behavior);

    /**
     * A relation field of foreign key {@code key} (of {@code table}) whose rows come from {@code returned}: the
     * referenced table for the forward field, {@code table} itself for the backward one.
     */
    boolean relation(PgClass table, PgConstraint key, PgClass returned, KnownBehavior behavior);

    /** An enum type or a domain (composite types are classes, asked through {@link #table}). */
    boolean type(PgType type, KnownBehavior behavior);

    boolean function(PgProc function, KnownBehavior behavior);
}
