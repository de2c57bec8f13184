package dev.strata.behavior;

import dev.strata.catalog.Documentation;
import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgConstraint;
import dev.strata.catalog.PgProc;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the behavior of catalog entities: Strata's defaults, the configured global default, the parent
 * table's tags, what the catalog implies, and the entity's own smart tags. Each entity is resolved once.
 */
public final class CatalogBehaviors implements EntityBehaviors {

    private final String global;
    private final BehaviorWarnings warnings;
    private final Map<String, ResolvedBehavior> resolved = new ConcurrentHashMap<>();

    public CatalogBehaviors(String global, BehaviorWarnings warnings) {
        this.global = global == null ? "" : global;
        this.warnings = warnings;
    }

    @Override
    public boolean table(PgClass table, String behavior) {
        return resolve(EntityKind.TABLE, "table " + table.qualifiedName(), null, inferred(table), table.doc())
                .allows(behavior);
    }

    @Override
    public boolean column(PgClass table, PgAttribute column, String behavior) {
        return resolve(EntityKind.COLUMN, "column " + table.qualifiedName() + "." + column.name(), table,
                column.generated() ? "-insert -update" : "", column.doc()).allows(behavior);
    }

    @Override
    public boolean constraint(PgClass table, PgConstraint constraint, String behavior) {
        EntityKind kind = constraint.isForeignKey() ? EntityKind.FOREIGN_KEY : EntityKind.UNIQUE_CONSTRAINT;
        return resolve(kind, "constraint " + table.qualifiedName() + "." + constraint.name(), table, "",
                constraint.doc()).allows(behavior);
    }

    @Override
    public boolean function(PgProc function, String behavior) {
        String inferred = function.isVolatile() ? "-queryField -typeField" : "-mutationField";
        return resolve(EntityKind.FUNCTION, "function " + function.qualifiedName(), null, inferred, function.doc())
                .allows(behavior);
    }

    /** The resolved behavior of every entity asked about so far, by entity label. */
    public Map<String, ResolvedBehavior> resolved() {
        return Map.copyOf(resolved);
    }

    private static String inferred(PgClass table) {
        StringBuilder inferred = new StringBuilder();
        if (table.primaryKey().isEmpty()) {
            inferred.append("-type:node -delete:resource:nodeId ");
        }
        if (table.kind() == 'c') {
            inferred.append("-connection -list -single -insert -update -delete");
        }
        return inferred.toString().strip();
    }

    private ResolvedBehavior resolve(EntityKind kind, String entity, PgClass parent, String inferred,
                                     Documentation doc) {
        return resolved.computeIfAbsent(entity, label -> {
            BehaviorLayers.Builder builder = BehaviorLayers.builder(kind, label, warnings).global(global);
            if (parent != null) {
                builder.parent(tags("table " + parent.qualifiedName(), parent.doc()));
            }
            return builder.inferred(inferred).own(tags(label, doc)).build();
        });
    }

    private static SmartTags tags(String entity, Documentation doc) {
        return new SmartTags(entity, joined(doc, "behavior", " "), doc.has("omit") ? joined(doc, "omit", ",") : null,
                doc.tag("simpleCollections").orElse(null), doc.has("sortable"), doc.has("filterable"));
    }

    private static String joined(Documentation doc, String tag, String separator) {
        return doc.has(tag) ? String.join(separator, doc.values(tag)) : null;
    }
}
