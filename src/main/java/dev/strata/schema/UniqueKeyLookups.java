package dev.strata.schema;

import dev.strata.behavior.KnownBehavior;
import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLNonNull.nonNull;
import static graphql.schema.GraphQLTypeReference.typeRef;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgConstraint;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.TableRef;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The root fields that read one row by a unique key's columns ({@code postById}, {@code query:resource:single}). */
final class UniqueKeyLookups implements SchemaFeature {

    private final BuildContext context;

    UniqueKeyLookups(BuildContext context) {
        this.context = context;
    }

    @Override
    public void contribute() {
        for (TableRef table : context.tables()) {
            for (PgConstraint constraint : table.pgClass().constraints()) {
                if (constraint.isUnique()
                        && context.behaviors.constraint(table.pgClass(), constraint, KnownBehavior.QUERY_RESOURCE_SINGLE)) {
                    addLookup(table, constraint);
                }
            }
        }
    }

    private void addLookup(TableRef table, PgConstraint constraint) {
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
        context.queryField(newFieldDefinition().name(context.inflector.rowByUniqueKey(table.pgClass(), keys,
                        constraint)).arguments(arguments).type(typeRef(table.typeName())).build(),
                new FieldPlan.RowByKey(table, keys, names));
    }
}
