package dev.strata.schema;

import dev.strata.behavior.EntityBehaviors;
import dev.strata.behavior.KnownBehavior;
import dev.strata.catalog.Catalog;
import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgConstraint;
import dev.strata.catalog.PgProc;
import dev.strata.catalog.PgType;
import dev.strata.naming.Inflector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Leaves out what would give the API a name twice or a name GraphQL does not allow, where PostGraphile 4 refuses to
 * start: two exposed schemas with a table, view, composite type, enum or domain of the same GraphQL type name, or with
 * functions of the same root field name; a table, enum, column or function whose name is no GraphQL name. The
 * entity of the schema listed first in {@code strata.schemas} keeps the name (tables, then enums, then domains within a schema);
 * every other one is left out, with everything that uses it, and logged once as a WARNING naming both entities. An
 * entity left out answers no to every behavior; everything else is answered by the behaviors it wraps.
 */
final class ServableNames implements EntityBehaviors {

    private static final Logger LOG = Logger.getLogger(ServableNames.class.getName());
    private static final Pattern GRAPHQL_NAME = Pattern.compile("(?!__)[_A-Za-z][_0-9A-Za-z]*");
    private static final String RENAME = " Give one of them another name with a smart comment (@name).";

    private final EntityBehaviors behaviors;
    private final Inflector inflector;
    private final Set<Long> tablesLeftOut = new HashSet<>();
    private final Set<Long> typesLeftOut = new HashSet<>();
    private final Map<String, Boolean> columns = new HashMap<>();
    private final Set<Long> functionsLeftOut = new HashSet<>();
    /** Root field name (with its root type) → the function that has it. */
    private final Map<String, PgProc> rootFields = new HashMap<>();

    /** A table or an enum, named in the GraphQL type namespace they share. */
    private record Named(String schema, int kind, long oid, String entity, String name) {
    }

    ServableNames(Catalog catalog, Inflector inflector, EntityBehaviors behaviors) {
        this.behaviors = behaviors;
        this.inflector = inflector;
        List<Named> named = new ArrayList<>();
        catalog.classes().stream().filter(table -> behaviors.table(table, KnownBehavior.RESOURCE_SELECT))
                .forEach(table -> named.add(new Named(table.schema(), 0, table.oid(), kind(table) + " "
                        + table.qualifiedName(), inflector.tableType(table))));
        catalog.types().stream().filter(PgType::isEnum)
                .forEach(type -> named.add(new Named(type.schema(), 1, type.oid(), "enum " + type.qualifiedName(),
                        inflector.enumType(type))));
        catalog.types().stream().filter(type -> type.isDomain() && ownName(catalog, type)).forEach(domain ->
                named.add(new Named(domain.schema(), 2, domain.oid(), "domain " + domain.qualifiedName(),
                        catalog.type(domain.baseOid()).isEnum() ? inflector.enumType(domain)
                                : inflector.domainType(domain))));
        // a stable sort: within a schema and kind, the catalog's order
        named.sort(Comparator.comparingInt((Named n) -> catalog.schemaRank(n.schema())).thenComparingInt(Named::kind));
        Map<String, Named> owners = new HashMap<>();
        for (Named entity : named) {
            Named owner = owners.putIfAbsent(entity.name(), entity);
            if (!GRAPHQL_NAME.matcher(entity.name()).matches()) {
                leaveOut(entity, "its GraphQL type name '" + entity.name() + "' is not a valid GraphQL name.");
            } else if (owner != null) {
                leaveOut(entity, "its GraphQL type name " + entity.name() + " is already the name of "
                        + owner.entity() + "." + RENAME);
            }
        }
    }

    /** Whether the domain has a GraphQL type of its own name, as {@link TypeMapper} maps it: over an enum or a scalar. */
    private static boolean ownName(Catalog catalog, PgType domain) {
        PgType base = catalog.type(domain.baseOid());
        return base.isEnum() || base.kind() == 'b' && !base.isArray()
                && !(base.schema().equals("pg_catalog") && base.name().equals("interval"));
    }

    private void leaveOut(Named entity, String why) {
        (entity.kind() == 0 ? tablesLeftOut : typesLeftOut).add(entity.oid());
        warn("The " + entity.entity() + " is left out of the API, with everything that uses it: " + why);
    }

    @Override
    public boolean table(PgClass table, KnownBehavior behavior) {
        return !tablesLeftOut.contains(table.oid()) && behaviors.table(table, behavior);
    }

    @Override
    public boolean column(PgClass table, PgAttribute column, KnownBehavior behavior) {
        return !tablesLeftOut.contains(table.oid()) && servable(table, column)
                && behaviors.column(table, column, behavior);
    }

    private boolean servable(PgClass table, PgAttribute column) {
        return columns.computeIfAbsent(table.qualifiedName() + "." + column.name(), key -> {
            String name = inflector.column(column);
            boolean valid = GRAPHQL_NAME.matcher(name).matches();
            if (!valid) {
                warn("The column " + key + " is left out of the API: its GraphQL field name '" + name
                        + "' is not a valid GraphQL name.");
            }
            return valid;
        });
    }

    @Override
    public boolean constraint(PgClass table, PgConstraint constraint, KnownBehavior behavior) {
        return !tablesLeftOut.contains(table.oid()) && behaviors.constraint(table, constraint, behavior);
    }

    @Override
    public boolean relation(PgClass table, PgConstraint key, PgClass returned, KnownBehavior behavior) {
        return !tablesLeftOut.contains(table.oid()) && !tablesLeftOut.contains(returned.oid())
                && behaviors.relation(table, key, returned, behavior);
    }

    /** Domains have no behaviors: only whether their name is servable. */
    /** Whether an enum type or a domain keeps its GraphQL name (another schema's type of that name may have it). */
    boolean hasName(PgType type) {
        return !typesLeftOut.contains(type.oid());
    }

    /** A function's root field (query or mutation) claims its name when first asked about; fields of rows do not. */
    @Override
    public boolean function(PgProc function, KnownBehavior behavior) {
        if (functionsLeftOut.contains(function.oid()) || !behaviors.function(function, behavior)) {
            return false;
        }
        if ((behavior == KnownBehavior.QUERY_FIELD || behavior == KnownBehavior.MUTATION_FIELD)
                && !rootField(function, behavior == KnownBehavior.QUERY_FIELD ? "Query" : "Mutation")) {
            functionsLeftOut.add(function.oid());
            return false;
        }
        return true;
    }

    /** Whether the function may have its root field: its name is valid and no function before it has it. */
    private boolean rootField(PgProc function, String root) {
        String name = inflector.function(function);
        String entity = "function " + function.qualifiedName();
        if (!GRAPHQL_NAME.matcher(name).matches()) {
            warn("The " + entity + " is left out of the API: its field name '" + name
                    + "' is not a valid GraphQL name.");
            return false;
        }
        PgProc owner = rootFields.putIfAbsent(root + "." + name, function);
        if (owner != null && owner.oid() != function.oid()) {
            warn("The " + entity + " is left out of the API: its field " + root + "." + name
                    + " is already the field of function " + owner.qualifiedName() + "." + RENAME);
            return false;
        }
        return true;
    }

    private static String kind(PgClass table) {
        return switch (table.kind()) {
            case 'v' -> "view";
            case 'm' -> "materialized view";
            case 'c' -> "composite type";
            default -> "table";
        };
    }

    private static void warn(String message) {
        LOG.warning(message);
    }
}
