package dev.strata.behavior;

import dev.strata.catalog.Catalog;
import dev.strata.catalog.Documentation;
import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgConstraint;
import dev.strata.catalog.PgProc;
import dev.strata.catalog.PgType;
import dev.strata.catalog.Privileges;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Resolves the behavior of catalog entities: Strata's defaults, the configured global default, the parent
 * table's tags, what the catalog implies, and the entity's own smart tags. Each entity is resolved once.
 *
 * <p>Privileges (unless {@code ignoreRbac}, PostGraphile 4's default): what no role the connecting user can
 * become may do is inferred away, as PostGraphile 4's {@code --no-ignore-rbac} leaves it out. A table (or view)
 * without SELECT on it or on any of its columns loses its collections, row fields and node lookups
 * ({@code -connection -list -single -nodeId:resource:select}: its row type stays a node, as in PostGraphile 4, for
 * the functions that return its rows), and so do the relations and unique keys that would read it;
 * without INSERT or UPDATE (on it or any column) or DELETE it loses that mutation ({@code -insert},
 * {@code -update}, {@code -delete}); on a table some role may read, a column without SELECT, INSERT or UPDATE
 * loses its field, its create input field or its patch field; a function nobody may EXECUTE loses its field.
 * Like everything inferred, an entity's own {@code @behavior} can override it.
 */
public final class CatalogBehaviors implements EntityBehaviors {

    private static final String NOT_READABLE = "-connection -list -single";

    /**
     * What of a table's tags its columns read: only the {@code +} fragments that decide their create input and patch
     * fields, so that a table's {@code +insert} or {@code +update} brings back its columns under a global
     * {@code -insert} / {@code -update} (the seed article's reading). A table's {@code -insert} ({@code @omit create})
     * removes its create mutation but leaves its row input {@code SecretInput} whole for the functions taking its rows,
     * as in PostGraphile 4 and 5; anything else of the table's ({@code -select}, {@code -orderBy}) does not reach its
     * columns, as in PostGraphile 5.
     */
    private static final KnownBehavior[] TABLE_TAGS_REACHING_COLUMNS = {
        KnownBehavior.ATTRIBUTE_INSERT, KnownBehavior.ATTRIBUTE_UPDATE};

    private final String global;
    private final BehaviorWarnings warnings;
    private final boolean ignoreRbac;
    private final Catalog catalog;
    private final Map<String, ResolvedBehavior> resolved = new ConcurrentHashMap<>();

    /**
     * @param catalog    the catalog the entities come from (for the tables foreign keys reference)
     * @param ignoreRbac whether to show what the roles may not use ({@code strata.ignore-rbac})
     */
    public CatalogBehaviors(String global, BehaviorWarnings warnings, Catalog catalog, boolean ignoreRbac) {
        this.global = global == null ? "" : global;
        this.warnings = warnings;
        this.catalog = catalog;
        this.ignoreRbac = ignoreRbac;
    }

    @Override
    public boolean table(PgClass table, KnownBehavior behavior) {
        return resolve(EntityKind.TABLE, "table " + table.qualifiedName(), null, inferred(table), table.doc())
                .allows(behavior);
    }

    @Override
    public boolean column(PgClass table, PgAttribute column, KnownBehavior behavior) {
        String label = "column " + table.qualifiedName() + "." + column.name();
        ResolvedBehavior known = resolved.get(label);
        return (known == null ? resolveColumn(table, column, label) : known).allows(behavior);
    }

    /** A column is asked about for each of its fields and arguments: its layers are read only the first time. */
    private ResolvedBehavior resolveColumn(PgClass table, PgAttribute column, String label) {
        String inferred = column.generated() ? "-insert -update" : "";
        // as PostGraphile 4: column grants count only on a table some role may read at all (one that nobody may
        // read is exposed through SECURITY DEFINER functions, with all its columns)
        if (!ignoreRbac && tableLike(table) && readable(table)) {
            inferred += (column.privileges().select() ? "" : " -select -orderBy -filterBy")
                    + (column.privileges().insert() ? "" : " -insert")
                    + (column.privileges().update() ? "" : " -update");
        }
        PgType type = catalog.type(column.typeOid());
        return resolve(EntityKind.COLUMN, label, builder -> builder
                        .parent(tags("type " + type.qualifiedName(), type.doc()))
                        .parentGrants(tags("table " + table.qualifiedName(), table.doc()), TABLE_TAGS_REACHING_COLUMNS),
                inferred.strip(), tags(label, column.doc()));
    }

    @Override
    public boolean constraint(PgClass table, PgConstraint constraint, KnownBehavior behavior) {
        EntityKind kind = constraint.isForeignKey() ? EntityKind.FOREIGN_KEY : EntityKind.UNIQUE_CONSTRAINT;
        return resolve(kind, constraintLabel(table, constraint), table, inferred(table, constraint),
                constraint.doc()).allows(behavior);
    }

    /**
     * A relation's parent layer is the table whose rows its field returns (as in PostGraphile 5), so a forward
     * relation ({@code Post.personByAuthorId}) reads the referenced table's tags and a backward one
     * ({@code Person.postsByAuthorId}) the referencing table's: {@code @omit many} or {@code +list} on
     * {@code post} shape the fields that list posts, wherever they are.
     */
    @Override
    public boolean relation(PgClass table, PgConstraint key, PgClass returned, KnownBehavior behavior) {
        String label = constraintLabel(table, key);
        String entity = returned.oid() == table.oid() ? label : label + " (to " + returned.qualifiedName() + ")";
        return resolve(EntityKind.FOREIGN_KEY, entity, returned, inferred(table, key), tags(label, key.doc()))
                .allows(behavior);
    }

    /** An enum type's own behavior (its tags reach the columns of the type; the inspect endpoint lists it). */
    public boolean type(PgType type, KnownBehavior behavior) {
        return resolve(EntityKind.TYPE, "type " + type.qualifiedName(), null, "", type.doc()).allows(behavior);
    }

    @Override
    public boolean function(PgProc function, KnownBehavior behavior) {
        String inferred = function.isVolatile() ? "-queryField -typeField" : "-mutationField";
        if (!ignoreRbac && !function.executable()) {
            inferred = "-queryField -typeField -mutationField";
        }
        return resolve(EntityKind.FUNCTION, "function " + function.qualifiedName(), null, inferred, function.doc())
                .allows(behavior);
    }

    /**
     * The behavior of every entity of the catalog (whether a generator asked about it or not, e.g. the columns
     * of a table that is not exposed), and every warning: the catalog's and those of the behaviors.
     */
    public BehaviorReport report(Catalog catalog) {
        for (PgClass table : catalog.classes()) {
            table(table, KnownBehavior.RESOURCE_SELECT);
            table.attributes().forEach(column -> column(table, column, KnownBehavior.ATTRIBUTE_SELECT));
            for (PgConstraint constraint : table.constraints()) {
                constraint(table, constraint, KnownBehavior.QUERY_RESOURCE_SINGLE);
                if (constraint.isForeignKey()) {
                    catalog.classByOid(constraint.foreignClassOid()).ifPresent(target -> relation(table, constraint,
                            target, KnownBehavior.SINGULAR_RELATION_RESOURCE_SINGLE));
                    relation(table, constraint, table, KnownBehavior.MANY_RELATION_RESOURCE_CONNECTION);
                }
            }
        }
        catalog.procs().forEach(function -> function(function, KnownBehavior.QUERY_FIELD));
        catalog.types().stream().filter(PgType::isEnum).forEach(type -> type(type, KnownBehavior.SELECT));
        List<String> all = new ArrayList<>(catalog.warnings());
        all.addAll(warnings.messages());
        return new BehaviorReport(new TreeMap<>(resolved), all);
    }

    private String inferred(PgClass table) {
        StringBuilder inferred = new StringBuilder();
        if (!ignoreRbac && tableLike(table)) {
            // a grant on the table or on any of its columns counts (DELETE has no column grants)
            Privileges may = table.privileges();
            inferred.append(readable(table) ? "" : NOT_READABLE + " -nodeId:resource:select ")
                    .append(may.insert() || anyColumn(table, Privileges::insert) ? "" : "-insert ")
                    .append(may.update() || anyColumn(table, Privileges::update) ? "" : "-update ")
                    .append(may.delete() ? "" : "-delete ");
        }
        if (table.primaryKey().isEmpty()) {
            inferred.append("-type:node -delete:resource:nodeId ");
        }
        Privileges supports = table.supports();
        inferred.append(supports.insert() ? "" : "-insert ").append(supports.update() ? "" : "-update ")
                .append(supports.delete() ? "" : "-delete ");
        if (table.kind() == 'c') {
            inferred.append("-connection -list -single -insert -update -delete");
        }
        return inferred.toString().strip();
    }

    private String inferred(PgClass table, PgConstraint constraint) {
        return readable(table) && (!constraint.isForeignKey() || readable(constraint.foreignClassOid()))
                ? "" : NOT_READABLE;
    }

    private static String constraintLabel(PgClass table, PgConstraint constraint) {
        return "constraint " + table.qualifiedName() + "." + constraint.name();
    }

    private boolean readable(PgClass table) {
        return ignoreRbac || !tableLike(table) || table.privileges().select() || anyColumn(table, Privileges::select);
    }

    /** Tables, views and materialized views: what PostGraphile 4 applies privileges to. */
    private static boolean tableLike(PgClass table) {
        return table.kind() == 'r' || table.kind() == 'p' || table.kind() == 'v' || table.kind() == 'm';
    }

    private static boolean anyColumn(PgClass table, java.util.function.Predicate<Privileges> privilege) {
        return table.attributes().stream().anyMatch(column -> privilege.test(column.privileges()));
    }

    /** Whether the table a foreign key references is readable (tables outside the catalog count as not). */
    private boolean readable(long classOid) {
        return ignoreRbac || catalog.classByOid(classOid).map(this::readable).orElse(false);
    }

    private ResolvedBehavior resolve(EntityKind kind, String entity, PgClass parent, String inferred,
                                     Documentation doc) {
        return resolve(kind, entity, parent, inferred, tags(entity, doc));
    }

    private ResolvedBehavior resolve(EntityKind kind, String entity, PgClass parent, String inferred,
                                     SmartTags own) {
        return resolve(kind, entity, builder -> parent == null ? builder
                : builder.parent(tags("table " + parent.qualifiedName(), parent.doc())), inferred, own);
    }

    private ResolvedBehavior resolve(EntityKind kind, String entity, UnaryOperator<BehaviorLayers.Builder> parents,
                                     String inferred, SmartTags own) {
        return resolved.computeIfAbsent(entity, label -> parents.apply(
                BehaviorLayers.builder(kind, label, warnings).global(global)).inferred(inferred).own(own).build());
    }

    private static SmartTags tags(String entity, Documentation doc) {
        return new SmartTags(entity, joined(doc, "behavior", " "), doc.has("omit") ? joined(doc, "omit", ",") : null,
                doc.tag("simpleCollections").orElse(null), doc.has("sortable"), doc.has("filterable"));
    }

    private static String joined(Documentation doc, String tag, String separator) {
        return doc.has(tag) ? String.join(separator, doc.values(tag)) : null;
    }
}
