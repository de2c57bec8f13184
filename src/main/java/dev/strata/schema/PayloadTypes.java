package dev.strata.schema;

import dev.strata.behavior.KnownBehavior;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLTypeReference.typeRef;

import dev.strata.naming.FixedNames;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.FieldPlan.ReturnShape;
import dev.strata.plan.FieldPlan.Shape;
import dev.strata.plan.TableRef;
import graphql.Scalars;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLOutputType;
import java.util.HashSet;
import java.util.Set;

/**
 * The payload types of mutations: {@code clientMutationId}, the written row or the function's result,
 * {@code deletedPostId} for deletes, {@code query}, and for a single row of a table its forward relations
 * ({@code personByAuthorId}) and its edge ({@code postEdge(orderBy:)}). Every field has a plan, so a payload
 * selection compiles like any other object's.
 */
final class PayloadTypes {

    private final BuildContext context;
    private final Set<String> made = new HashSet<>();

    PayloadTypes(BuildContext context) {
        this.context = context;
    }

    /** The kinds of writes to a table. */
    enum Write {
        CREATE(KnownBehavior.RESOURCE_INSERT, KnownBehavior.INSERT_RESOURCE_SELECT, null, null),
        UPDATE(KnownBehavior.RESOURCE_UPDATE, KnownBehavior.UPDATE_RESOURCE_SELECT,
                KnownBehavior.NODE_ID_RESOURCE_UPDATE, KnownBehavior.CONSTRAINT_RESOURCE_UPDATE),
        DELETE(KnownBehavior.RESOURCE_DELETE, KnownBehavior.DELETE_RESOURCE_SELECT,
                KnownBehavior.NODE_ID_RESOURCE_DELETE, KnownBehavior.CONSTRAINT_RESOURCE_DELETE);

        /** The table's behavior for the write at all, and for the written row on the payload. */
        final KnownBehavior ofTable;
        final KnownBehavior payloadRow;
        /** The table's behavior for the write by node id, and each unique key's for the write by it. */
        final KnownBehavior byNodeId;
        final KnownBehavior byKey;

        Write(KnownBehavior ofTable, KnownBehavior payloadRow, KnownBehavior byNodeId, KnownBehavior byKey) {
            this.ofTable = ofTable;
            this.payloadRow = payloadRow;
            this.byNodeId = byNodeId;
            this.byKey = byKey;
        }

        String verb() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The payload of a create, update or delete mutation of a table (made on first use). */
    GraphQLOutputType table(TableRef table, String typeName, Write write) {
        if (made.add(typeName)) {
            String verb = write.verb() + "d";
            clientMutationId(typeName);
            if (context.behaviors.table(table.pgClass(), write.payloadRow)) {
                context.field(typeName, newFieldDefinition().name(context.inflector.tableField(table.pgClass()))
                                .description("The `" + table.typeName() + "` " + verb + " by this mutation.")
                                .type(typeRef(table.typeName())).build(),
                        new FieldPlan.MutationResult(new ReturnShape(table, Shape.SINGLE),
                                table.pgClass().typeOid()));
            }
            if (write == Write.DELETE && context.isNode(table)
                    && context.behaviors.table(table.pgClass(), KnownBehavior.DELETE_RESOURCE_NODE_ID)) {
                String field = context.inflector.deletedNodeId(table.pgClass());
                context.field(typeName, newFieldDefinition().name(field)
                        .description("The node id of the deleted `" + table.typeName() + "`.")
                        .type(IdScalar.ID).build(), new FieldPlan.NodeId(table), Fetchers.ENCODED);
            }
            query(typeName);
            rowExtras(typeName, table);
            context.extraTypes.add(context.object(typeName)
                    .description("What the " + write.verb() + " mutation of a `" + table.typeName()
                            + "` gives back.").build());
        }
        return typeRef(typeName);
    }

    /**
     * The payload of a mutation function: its result, if it has one, in a field named after the result's type.
     *
     * @param result the result field, or null for a function returning {@code void}
     */
    GraphQLOutputType function(String typeName, String mutationName, GraphQLFieldDefinition result,
                               FieldPlan.MutationResult plan) {
        clientMutationId(typeName);
        if (result != null) {
            context.field(typeName, result, plan);
        }
        query(typeName);
        if (result != null && plan.returns().isRow() && plan.returns().shape() == Shape.SINGLE) {
            rowExtras(typeName, plan.returns().table());
        }
        context.extraTypes.add(context.object(typeName)
                .description("What the `" + mutationName + "` mutation gives back.").build());
        return typeRef(typeName);
    }

    private void clientMutationId(String typeName) {
        context.field(typeName, newFieldDefinition().name(FixedNames.CLIENT_MUTATION_ID)
                .description("The `clientMutationId` given in the input, unchanged: clients may use it to match "
                        + "answers to their mutations.")
                .type(Scalars.GraphQLString).build(), new FieldPlan.ClientMutationId());
    }

    private void query(String typeName) {
        context.field(typeName, newFieldDefinition().name(FixedNames.QUERY_FIELD)
                .description("The root query type, read after the mutation, so that one request can both write and "
                        + "read.")
                .type(typeRef(FixedNames.QUERY)).build(), new FieldPlan.QueryRoot());
    }

    /** The row's forward relations, as its own type has them, and its edge for Relay. */
    private void rowExtras(String typeName, TableRef table) {
        for (GraphQLFieldDefinition field : context.fields(table.typeName())) {
            context.plans.get(table.typeName(), field.getName())
                    .filter(FieldPlan.ForwardRelation.class::isInstance)
                    .ifPresent(relation -> context.field(typeName, field, relation));
        }
        // as in PostGraphile 5, the edge exists with its orderBy or not at all
        if (!table.pgClass().isSelectable()
                || !context.behaviors.table(table.pgClass(), KnownBehavior.RESOURCE_CONNECTION)
                || !context.behaviors.table(table.pgClass(), KnownBehavior.ORDER)) {
            return;
        }
        context.collections.connection(table);
        context.field(typeName, newFieldDefinition().name(context.inflector.edgeField(table.pgClass()))
                .description("The `" + table.typeName() + "` as an edge, with its cursor in the given order; for Relay.")
                .type(typeRef(context.inflector.edge(table.typeName())))
                .argument(context.collections.orderByArgument(table, true)).build(),
                new FieldPlan.PayloadEdge(table));
    }
}
