package dev.strata.schema;

import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLNonNull.nonNull;
import static graphql.schema.GraphQLTypeReference.typeRef;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgConstraint;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.QueryCompiler;
import dev.strata.plan.FieldPlan.Shape;
import dev.strata.plan.TableRef;
import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The root query fields that read tables: {@code query}, {@code nodeId}, {@code node}, {@code allPeople},
 * {@code personById}, {@code person(nodeId:)}.
 */
final class RootQuery {

    private final BuildContext context;
    private final Collections collections;

    RootQuery(BuildContext context, Collections collections) {
        this.context = context;
        this.collections = collections;
    }

    void addNodeFields() {
        context.field(BuildContext.QUERY, newFieldDefinition().name("query")
                .description("The root query type again, so that Relay 1 can query it from anywhere.")
                .type(nonNull(typeRef(BuildContext.QUERY))).build(), environment -> Map.of());
        context.field(BuildContext.QUERY, newFieldDefinition().name(TableTypes.NODE_ID)
                .description("The node id of the root query type: always `query`.")
                .type(nonNull(Scalars.GraphQLID)).build(), environment -> QueryCompiler.QUERY_NODE_ID);
        context.rootField(BuildContext.QUERY, newFieldDefinition().name("node")
                .description("Fetches an object given its globally unique node id.")
                .argument(nodeIdArgument("The globally unique node id of the object to fetch."))
                .type(typeRef(TableTypes.NODE)).build(), new FieldPlan.NodeByNodeId());
    }

    void addCollections() {
        for (TableRef table : context.tables()) {
            if (!table.pgClass().isSelectable()) {
                continue;
            }
            if (context.behaviors.table(table.pgClass(), "query:resource:connection")) {
                context.rootField(BuildContext.QUERY, newFieldDefinition().name(context.inflector.allRows(table.pgClass()))
                                .description("Reads and enables pagination through a set of `" + table.typeName() + "`.")
                                .arguments(collections.tableArguments(table, "query:resource:connection"))
                                .type(collections.connection(table)).build(),
                        new FieldPlan.AllRows(table, Shape.CONNECTION));
            }
            if (context.behaviors.table(table.pgClass(), "query:resource:list")) {
                context.rootField(BuildContext.QUERY, newFieldDefinition()
                                .name(context.inflector.allRowsList(table.pgClass()))
                                .description("Reads a set of `" + table.typeName() + "`.")
                                .arguments(collections.tableArguments(table, "query:resource:list"))
                                .type(GraphQLList.list(nonNull(typeRef(table.typeName())))).build(),
                        new FieldPlan.AllRows(table, Shape.LIST));
            }
        }
    }

    void addRowsByUniqueKey() {
        for (TableRef table : context.tables()) {
            for (PgConstraint constraint : table.pgClass().constraints()) {
                if (constraint.isUnique()
                        && context.behaviors.constraint(table.pgClass(), constraint, "query:resource:single")) {
                    addRowByKey(table, constraint);
                }
            }
        }
    }

    private void addRowByKey(TableRef table, PgConstraint constraint) {
        List<PgAttribute> keys = table.pgClass().attributes(constraint.columns());
        List<GraphQLArgument> arguments = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (PgAttribute key : keys) {
            Optional<GraphQLInputType> type = context.types.input(key.typeOid());
            if (type.isEmpty()) {
                return;
            }
            String name = context.inflector.column(key);
            names.add(name);
            arguments.add(newArgument().name(name).type(nonNull(type.get())).build());
        }
        context.rootField(BuildContext.QUERY, newFieldDefinition().name(context.inflector.rowByUniqueKey(
                        table.pgClass(), keys, constraint)).arguments(arguments).type(typeRef(table.typeName())).build(),
                new FieldPlan.RowByKey(table, keys, names));
    }

    void addRowsByNodeId() {
        for (TableRef table : context.tables()) {
            if (context.plans.get(table.typeName(), TableTypes.NODE_ID).isPresent()) {
                context.rootField(BuildContext.QUERY, newFieldDefinition()
                                .name(context.inflector.rowByNodeId(table.pgClass()))
                                .description("Reads a single `" + table.typeName() + "` using its globally unique `ID`.")
                                .argument(nodeIdArgument("The globally unique node id of the `" + table.typeName()
                                        + "` to fetch."))
                                .type(typeRef(table.typeName())).build(),
                        new FieldPlan.RowByNodeId(table));
            }
        }
    }

    private static GraphQLArgument nodeIdArgument(String description) {
        return newArgument().name(TableTypes.NODE_ID).description(description).type(nonNull(Scalars.GraphQLID)).build();
    }
}
