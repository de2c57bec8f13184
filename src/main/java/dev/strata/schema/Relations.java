package dev.strata.schema;

import dev.strata.behavior.KnownBehavior;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLTypeReference.typeRef;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgConstraint;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.FieldPlan.Shape;
import dev.strata.plan.TableRef;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fields that follow foreign keys: forward ({@code Post.personByAuthorId}) to the referenced row, and backward
 * ({@code Person.postsByAuthorId}) to the referencing rows, as a connection and/or a list, or a single row when
 * the foreign key columns are unique (then, as PostGraphile 4 does, also a deprecated connection). Each field asks
 * the foreign key's behavior with the table it returns as the parent layer.
 */
final class Relations implements SchemaFeature {

    private final BuildContext context;

    Relations(BuildContext context) {
        this.context = context;
    }

    @Override
    public void contribute() {
        addForward();
        addBackward();
    }

    private void addForward() {
        for (TableRef table : context.tables()) {
            for (PgConstraint key : table.pgClass().constraints()) {
                if (key.isForeignKey()) {
                    context.table(key.foreignClassOid()).ifPresent(target -> addForward(table, key, target));
                }
            }
        }
    }

    private void addForward(TableRef table, PgConstraint key, TableRef target) {
        if (!context.behaviors.relation(table.pgClass(), key, target.pgClass(), KnownBehavior.SINGULAR_RELATION_RESOURCE_SINGLE)) {
            return;
        }
        context.field(table.typeName(), newFieldDefinition()
                        .name(context.inflector.singleRelation(target.pgClass(), columns(table, key.columns()), key))
                        .description("Reads a single `" + target.typeName() + "` that is related to this `"
                                + table.typeName() + "`.")
                        .deprecate(Deprecation.reason(key.doc()))
                        .type(typeRef(target.typeName())).build(),
                new FieldPlan.ForwardRelation(target, key.columns(), key.foreignColumns()));
    }

    /** A foreign key of {@code source}. */
    private record Referencing(TableRef source, PgConstraint key) {
    }

    /** Each table's backward relations, in the order of the referencing tables and then of their foreign keys. */
    private void addBackward() {
        List<TableRef> tables = context.tables();
        Map<Long, List<Referencing>> byTarget = new HashMap<>();
        for (TableRef source : tables) {
            for (PgConstraint key : source.pgClass().constraints()) {
                if (key.isForeignKey()) {
                    byTarget.computeIfAbsent(key.foreignClassOid(), oid -> new ArrayList<>())
                            .add(new Referencing(source, key));
                }
            }
        }
        for (TableRef target : tables) {
            byTarget.getOrDefault(target.pgClass().oid(), List.of())
                    .forEach(referencing -> addBackward(target, referencing.source(), referencing.key()));
        }
    }

    private void addBackward(TableRef target, TableRef source, PgConstraint key) {
        List<PgAttribute> keyColumns = columns(source, key.columns());
        boolean unique = source.pgClass().constraints().stream()
                .anyMatch(c -> c.isUnique() && c.columns().equals(key.columns()));
        String deprecation = null;
        KnownBehavior connectionBehavior = KnownBehavior.MANY_RELATION_RESOURCE_CONNECTION;
        KnownBehavior listBehavior = KnownBehavior.MANY_RELATION_RESOURCE_LIST;
        if (unique) {
            String single = context.inflector.singleRelationBackward(source.pgClass(), keyColumns, key);
            if (allows(source, key, KnownBehavior.SINGULAR_RELATION_RESOURCE_SINGLE)) {
                context.field(target.typeName(), newFieldDefinition().name(single)
                                .description("Reads a single `" + source.typeName() + "` that is related to this `"
                                        + target.typeName() + "`.")
                                .type(typeRef(source.typeName())).build(),
                        new FieldPlan.BackwardRelation(source, key.columns(), key.foreignColumns(), Shape.SINGLE,
                                Map.of()));
            }
            deprecation = "Please use " + single + " instead";
            connectionBehavior = KnownBehavior.SINGULAR_RELATION_RESOURCE_CONNECTION;
            listBehavior = KnownBehavior.SINGULAR_RELATION_RESOURCE_LIST;
        }
        String connectionName = context.inflector.manyRelation(source.pgClass(), keyColumns, key);
        boolean connection = allows(source, key, connectionBehavior);
        if (connection) {
            CollectionArguments arguments = context.collections.tableArguments(source, connectionBehavior);
            context.field(target.typeName(), newFieldDefinition().name(connectionName)
                            .description("Reads and enables pagination through a set of `" + source.typeName() + "`.")
                            .arguments(arguments.arguments())
                            .deprecate(deprecation)
                            .type(GraphQLNonNull.nonNull(context.collections.connection(source))).build(),
                    new FieldPlan.BackwardRelation(source, key.columns(), key.foreignColumns(), Shape.CONNECTION,
                            arguments.filters()));
        }
        if (allows(source, key, listBehavior)) {
            String listName = context.inflector.manyRelationList(source.pgClass(), keyColumns, key);
            // PostGraphile 4 names both after @foreignFieldName and then fails; Strata keeps the list apart.
            if (connection && listName.equals(connectionName)) {
                listName += "List";
            }
            CollectionArguments arguments = context.collections.tableArguments(source, listBehavior);
            context.field(target.typeName(), newFieldDefinition().name(listName)
                            .description("Reads a set of `" + source.typeName() + "`.")
                            .arguments(arguments.arguments())
                            .deprecate(deprecation)
                            .type(GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(
                                    typeRef(source.typeName()))))).build(),
                    new FieldPlan.BackwardRelation(source, key.columns(), key.foreignColumns(), Shape.LIST,
                            arguments.filters()));
        }
    }

    private boolean allows(TableRef source, PgConstraint key, KnownBehavior behavior) {
        return context.behaviors.relation(source.pgClass(), key, source.pgClass(), behavior);
    }

    private static List<PgAttribute> columns(TableRef table, List<String> names) {
        return table.pgClass().attributes(names);
    }
}
