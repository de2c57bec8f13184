package dev.strata.schema;

import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLTypeReference.typeRef;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgConstraint;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.FieldPlan.Shape;
import dev.strata.plan.TableRef;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import java.util.List;

/**
 * Fields that follow foreign keys: forward ({@code Post.personByAuthorId}) to the referenced row, and backward
 * ({@code Person.postsByAuthorId}) to the referencing rows, as a connection, or a single row when the foreign key
 * columns are unique.
 */
final class Relations {

    private final BuildContext context;
    private final Collections collections;

    Relations(BuildContext context, Collections collections) {
        this.context = context;
        this.collections = collections;
    }

    void addForward() {
        for (TableRef table : context.tables()) {
            for (PgConstraint key : table.pgClass().constraints()) {
                if (!key.isForeignKey() || !context.behaviors.constraint(table.pgClass(), key,
                        "singularRelation:resource:single")) {
                    continue;
                }
                context.table(key.foreignClassOid()).ifPresent(target -> context.field(table.typeName(),
                        newFieldDefinition().name(context.inflector.singleRelation(target.pgClass(),
                                        columns(table, key.columns())))
                                .description("Reads a single `" + target.typeName()
                                        + "` that is related to this `" + table.typeName() + "`.")
                                .type(typeRef(target.typeName())).build(),
                        new FieldPlan.ForwardRelation(target, key.columns(), key.foreignColumns())));
            }
        }
    }

    void addBackward() {
        for (TableRef target : context.tables()) {
            for (TableRef source : context.tables()) {
                for (PgConstraint key : source.pgClass().constraints()) {
                    if (key.isForeignKey() && key.foreignClassOid() == target.pgClass().oid()) {
                        addBackward(target, source, key);
                    }
                }
            }
        }
    }

    private void addBackward(TableRef target, TableRef source, PgConstraint key) {
        List<PgAttribute> keyColumns = columns(source, key.columns());
        boolean unique = source.pgClass().constraints().stream()
                .anyMatch(c -> c.isUnique() && c.columns().equals(key.columns()));
        if (unique) {
            if (context.behaviors.constraint(source.pgClass(), key, "singularRelation:resource:single")) {
                context.field(target.typeName(), newFieldDefinition()
                                .name(context.inflector.singleRelation(source.pgClass(), keyColumns))
                                .description("Reads a single `" + source.typeName() + "` that is related to this `"
                                        + target.typeName() + "`.")
                                .type(typeRef(source.typeName())).build(),
                        new FieldPlan.BackwardRelation(source, key.columns(), key.foreignColumns(), Shape.SINGLE));
            }
            return;
        }
        if (context.behaviors.constraint(source.pgClass(), key, "manyRelation:resource:connection")) {
            context.field(target.typeName(), newFieldDefinition()
                            .name(context.inflector.manyRelation(source.pgClass(), keyColumns))
                            .description("Reads and enables pagination through a set of `" + source.typeName() + "`.")
                            .arguments(collections.tableArguments(source, true))
                            .type(GraphQLNonNull.nonNull(collections.connection(source))).build(),
                    new FieldPlan.BackwardRelation(source, key.columns(), key.foreignColumns(), Shape.CONNECTION));
        }
        if (context.behaviors.constraint(source.pgClass(), key, "manyRelation:resource:list")) {
            context.field(target.typeName(), newFieldDefinition()
                            .name(context.inflector.manyRelationList(source.pgClass(), keyColumns))
                            .description("Reads a set of `" + source.typeName() + "`.")
                            .arguments(collections.tableArguments(source, false))
                            .type(GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(
                                    typeRef(source.typeName()))))).build(),
                    new FieldPlan.BackwardRelation(source, key.columns(), key.foreignColumns(), Shape.LIST));
        }
    }

    private static List<PgAttribute> columns(TableRef table, List<String> names) {
        return names.stream().map(name -> table.pgClass().attribute(name).orElseThrow()).toList();
    }
}
