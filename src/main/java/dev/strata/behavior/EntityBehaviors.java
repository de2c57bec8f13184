package dev.strata.behavior;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgConstraint;
import dev.strata.catalog.PgProc;

/** The one place generators ask whether they may add something to the schema. */
public interface EntityBehaviors {

    boolean table(PgClass table, String behavior);

    boolean column(PgClass table, PgAttribute column, String behavior);

    boolean constraint(PgClass table, PgConstraint constraint, String behavior);

    boolean function(PgProc function, String behavior);
}
