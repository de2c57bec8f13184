package dev.strata.schema;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgConstraint;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.TableRef;
import graphql.Scalars;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeReference;
import java.util.ArrayList;
import java.util.List;

/** One object type per table, view and composite type, with its node id and its columns. */
final class TableTypes {

    static final String NODE = "Node";
    static final String NODE_ID = "nodeId";

    private final BuildContext context;

    TableTypes(BuildContext context) {
        this.context = context;
    }

    void registerTables() {
        for (PgClass pgClass : context.catalog.classes()) {
            if (pgClass.typeOid() == context.jwtTypeOid) {
                continue; // the JWT type is the JwtToken scalar (JwtType)
            }
            // Without its type, nothing else can refer to the table: relations, functions and columns of it drop out.
            if (!context.behaviors.table(pgClass, "resource:select")) {
                continue;
            }
            List<PgAttribute> primaryKey = pgClass.isSelectable() ? primaryKey(pgClass) : List.of();
            context.addTable(new TableRef(pgClass, context.inflector.tableType(pgClass),
                    context.inflector.nodeIdPrefix(pgClass), primaryKey));
        }
    }

    void addColumns() {
        for (TableRef table : context.tables()) {
            if (table.hasPrimaryKey() && context.behaviors.table(table.pgClass(), "type:node")) {
                context.field(table.typeName(), GraphQLFieldDefinition.newFieldDefinition().name(NODE_ID)
                        .description("A globally unique identifier for this row; use it with `node(nodeId:)`.")
                        .type(GraphQLNonNull.nonNull(Scalars.GraphQLID)).build(), Fetchers.ENCODED);
                context.plans.put(table.typeName(), NODE_ID, new FieldPlan.NodeId(table));
            }
            for (PgAttribute column : table.pgClass().attributes()) {
                if (!context.behaviors.column(table.pgClass(), column, "attribute:select")) {
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

    List<GraphQLObjectType> build() {
        List<GraphQLObjectType> objects = new ArrayList<>();
        for (TableRef table : context.tables()) {
            GraphQLObjectType.Builder object = context.object(table.typeName())
                    .description(table.pgClass().doc().description());
            if (context.plans.get(table.typeName(), NODE_ID).isPresent()) {
                object.withInterface(GraphQLTypeReference.typeRef(NODE));
            }
            objects.add(object.build());
        }
        return objects;
    }

    private static List<PgAttribute> primaryKey(PgClass pgClass) {
        return pgClass.attributes(pgClass.primaryKey().map(PgConstraint::columns).orElse(List.of()));
    }
}
