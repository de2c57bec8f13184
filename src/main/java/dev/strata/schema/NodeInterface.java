package dev.strata.schema;

import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLNonNull.nonNull;
import static graphql.schema.GraphQLTypeReference.typeRef;

import dev.strata.naming.FixedNames;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.SqlCompiler;
import graphql.schema.GraphQLInterfaceType;
import java.util.Map;

/**
 * Relay's object identification: the {@code Node} interface, which row types with a node id implement
 * ({@link Columns}), and the root fields {@code query}, {@code nodeId} and {@code node(nodeId:)}; the root query
 * type is a node too (its node id is {@code query}).
 */
final class NodeInterface implements SchemaFeature {

    private final BuildContext context;

    NodeInterface(BuildContext context) {
        this.context = context;
    }

    @Override
    public void contribute() {
        String nodeId = context.inflector.nodeIdField();
        context.extraTypes.add(GraphQLInterfaceType.newInterface().name(FixedNames.NODE)
                .description("An object with a globally unique `ID`.")
                .field(newFieldDefinition().name(nodeId)
                        .description("A globally unique identifier. Can be used in various places throughout the "
                                + "system to identify this single value.")
                        .type(nonNull(IdScalar.ID)))
                .build());
        context.code.typeResolver(FixedNames.NODE, environment -> environment.getSchema().getObjectType(
                (String) ((Map<?, ?>) environment.getObject()).get(SqlCompiler.TYPE_KEY)));
        context.implement(FixedNames.QUERY, FixedNames.NODE);

        context.field(FixedNames.QUERY, newFieldDefinition().name(FixedNames.QUERY_FIELD)
                .description("The root query type again, so that Relay 1 can query it from anywhere.")
                .type(nonNull(typeRef(FixedNames.QUERY))).build(), environment -> Map.of());
        context.field(FixedNames.QUERY, newFieldDefinition().name(nodeId)
                .description("The node id of the root query type: always `query`.")
                .type(nonNull(IdScalar.ID)).build(), environment -> SqlCompiler.QUERY_NODE_ID);
        context.queryField(newFieldDefinition().name(FixedNames.NODE_FIELD)
                .description("Fetches an object given its globally unique node id.")
                .argument(newArgument().name(nodeId).description("The globally unique node id of the object to fetch.")
                        .type(nonNull(IdScalar.ID)))
                .type(typeRef(FixedNames.NODE)).build(), new FieldPlan.NodeByNodeId(nodeId));
    }
}
