package dev.strata.schema;

import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLNonNull.nonNull;
import static graphql.schema.GraphQLTypeReference.typeRef;

import dev.strata.behavior.KnownBehavior;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.TableRef;

/**
 * The root fields that read one row of a table by its node id ({@code person(nodeId:)}), for node row types that
 * {@code nodeId:resource:select} allows; {@code node(nodeId:)} fetches the rows of those tables only (as PostGraphile 4,
 * whose node fetcher goes with the lookup: a table {@code @omit read} or privileges leave unread is a node whose ids
 * fetch nothing).
 */
final class NodeIdLookups implements SchemaFeature {

    private final BuildContext context;

    NodeIdLookups(BuildContext context) {
        this.context = context;
    }

    @Override
    public void contribute() {
        String nodeId = context.inflector.nodeIdField();
        for (TableRef table : context.tables()) {
            if (context.isNode(table)
                    && context.behaviors.table(table.pgClass(), KnownBehavior.NODE_ID_RESOURCE_SELECT)) {
                context.plans.addNodeLookup(table);
                context.queryField(newFieldDefinition().name(context.inflector.rowByNodeId(table.pgClass()))
                                .description("Reads a single `" + table.typeName() + "` using its globally unique `ID`.")
                                .argument(newArgument().name(nodeId)
                                        .description("The globally unique node id of the `" + table.typeName()
                                                + "` to fetch.")
                                        .type(nonNull(IdScalar.ID)))
                                .type(typeRef(table.typeName())).build(),
                        new FieldPlan.RowByNodeId(table, nodeId));
            }
        }
    }
}
