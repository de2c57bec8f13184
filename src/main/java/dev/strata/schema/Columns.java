package dev.strata.schema;

import dev.strata.behavior.KnownBehavior;
import dev.strata.catalog.PgAttribute;
import dev.strata.naming.FixedNames;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.TableRef;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;

/**
 * The fields of a row type: its node id (when it has a primary key and {@code type:node}; the type then implements
 * {@code Node}), then one field per column that {@code attribute:select} allows and that has a GraphQL type.
 */
final class Columns implements SchemaFeature {

    private final BuildContext context;

    Columns(BuildContext context) {
        this.context = context;
    }

    @Override
    public void contribute() {
        for (TableRef table : context.tables()) {
            if (table.hasPrimaryKey() && context.behaviors.table(table.pgClass(), KnownBehavior.TYPE_NODE)
                    && context.behaviors.table(table.pgClass(), KnownBehavior.RESOURCE_SELECT)) {
                context.field(table.typeName(), GraphQLFieldDefinition.newFieldDefinition()
                                .name(context.inflector.nodeIdField())
                                .description("A globally unique identifier for this row; use it with `node(nodeId:)`.")
                                .type(GraphQLNonNull.nonNull(IdScalar.ID)).build(),
                        new FieldPlan.NodeId(table), Fetchers.ENCODED);
                context.implement(table.typeName(), FixedNames.NODE);
            }
            for (PgAttribute column : table.pgClass().attributes()) {
                if (!context.behaviors.column(table.pgClass(), column, KnownBehavior.ATTRIBUTE_SELECT)) {
                    continue;
                }
                context.types.output(column.typeOid()).ifPresent(type -> context.field(table.typeName(),
                        GraphQLFieldDefinition.newFieldDefinition().name(context.inflector.column(column))
                                .description(column.doc().description())
                                .deprecate(Deprecation.reason(column.doc()))
                                .type(column.notNull() ? GraphQLNonNull.nonNull(type) : type).build(),
                        new FieldPlan.Column(column)));
            }
        }
    }
}
