package dev.strata.schema;

import dev.strata.behavior.KnownBehavior;
import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgConstraint;
import dev.strata.plan.TableRef;
import java.util.List;

/**
 * One object type per table, view and composite type that is table-like (its {@code table} behavior), named by
 * the inflector; the features after it add the types' fields. The JWT type is a scalar instead ({@link JwtType}).
 */
final class TableTypes implements SchemaFeature {

    private final BuildContext context;

    TableTypes(BuildContext context) {
        this.context = context;
    }

    @Override
    public void contribute() {
        for (PgClass pgClass : context.catalog.classes()) {
            if (pgClass.typeOid() == context.jwtTypeOid) {
                continue;
            }
            // Without its type, nothing else can refer to the table: relations, functions and columns of it drop out.
            if (!context.behaviors.table(pgClass, KnownBehavior.TABLE_TYPE)) {
                continue;
            }
            List<PgAttribute> primaryKey = pgClass.isSelectable() ? primaryKey(pgClass) : List.of();
            context.addTable(new TableRef(pgClass, context.inflector.tableType(pgClass),
                    context.inflector.nodeIdPrefix(pgClass), primaryKey));
        }
    }

    private static List<PgAttribute> primaryKey(PgClass pgClass) {
        return pgClass.attributes(pgClass.primaryKey().map(PgConstraint::columns).orElse(List.of()));
    }
}
