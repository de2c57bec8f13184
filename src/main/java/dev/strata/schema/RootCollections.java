package dev.strata.schema;

import dev.strata.behavior.KnownBehavior;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLNonNull.nonNull;
import static graphql.schema.GraphQLTypeReference.typeRef;

import dev.strata.plan.FieldPlan;
import dev.strata.plan.FieldPlan.Shape;
import dev.strata.plan.TableRef;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;

/**
 * The root fields over all rows of a table: {@code allPeople} (a connection, {@code query:resource:connection})
 * and {@code allPeopleList} (a list, {@code query:resource:list}).
 */
final class RootCollections implements SchemaFeature {

    private final BuildContext context;

    RootCollections(BuildContext context) {
        this.context = context;
    }

    @Override
    public void contribute() {
        for (TableRef table : context.tables()) {
            if (!table.pgClass().isSelectable()) {
                continue;
            }
            if (context.behaviors.table(table.pgClass(), KnownBehavior.QUERY_RESOURCE_CONNECTION)) {
                add(table, KnownBehavior.QUERY_RESOURCE_CONNECTION, newFieldDefinition()
                        .name(context.inflector.allRows(table.pgClass()))
                        .description("Reads and enables pagination through a set of `" + table.typeName() + "`.")
                        .type(context.collections.connection(table)), Shape.CONNECTION);
            }
            if (context.behaviors.table(table.pgClass(), KnownBehavior.QUERY_RESOURCE_LIST)) {
                add(table, KnownBehavior.QUERY_RESOURCE_LIST, newFieldDefinition()
                        .name(context.inflector.allRowsList(table.pgClass()))
                        .description("Reads a set of `" + table.typeName() + "`.")
                        .type(GraphQLList.list(nonNull(typeRef(table.typeName())))), Shape.LIST);
            }
        }
    }

    private void add(TableRef table, KnownBehavior scope, GraphQLFieldDefinition.Builder field, Shape shape) {
        CollectionArguments arguments = context.collections.tableArguments(table, scope);
        context.queryField(field.arguments(arguments.arguments()).build(),
                new FieldPlan.AllRows(table, shape, arguments.filters()));
    }
}
