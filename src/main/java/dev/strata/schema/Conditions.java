package dev.strata.schema;

import static graphql.schema.GraphQLArgument.newArgument;

import dev.strata.behavior.KnownBehavior;
import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgProc;
import dev.strata.naming.FixedNames;
import dev.strata.plan.RowFilter;
import dev.strata.plan.RowValue;
import dev.strata.plan.TableRef;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * PostGraphile 4's {@code condition} argument: an input type per table ({@code PostCondition}) with a field per
 * column that {@code condition:attribute:filterBy} allows, each tested for equality, all combined with {@code and}.
 */
final class Conditions implements SchemaFeature, RowFilterArgument {

    private final BuildContext context;
    private final Map<String, Optional<Filter>> made = new HashMap<>();

    Conditions(BuildContext context) {
        this.context = context;
    }

    @Override
    public void contribute() {
        context.collections.addFilter(this);
    }

    @Override
    public Optional<Filter> argument(TableRef table) {
        return made.computeIfAbsent(table.typeName(), name -> {
            String typeName = context.inflector.conditionType(name);
            GraphQLInputObjectType.Builder condition = GraphQLInputObjectType.newInputObject().name(typeName)
                    .description("A condition to be used against `" + name + "` object types. All fields are "
                            + "tested for equality and combined with a logical ‘and.’");
            Map<String, RowValue> columns = new LinkedHashMap<>();
            for (PgAttribute column : table.pgClass().attributes()) {
                if (!context.behaviors.column(table.pgClass(), column, KnownBehavior.CONDITION_ATTRIBUTE_FILTER_BY)) {
                    continue;
                }
                context.types.input(column.typeOid()).ifPresent(type -> testedField(condition, columns,
                        context.inflector.column(column), type, new RowValue.Column(column)));
            }
            for (PgProc function : context.rowValueFunctions(table, KnownBehavior.CONDITION_PROC_FILTER_BY)) {
                context.types.input(function.returnTypeOid()).ifPresent(type -> testedField(condition, columns,
                        context.inflector.computedColumn(function, table.pgClass()), type,
                        new RowValue.Computed(function)));
            }
            if (columns.isEmpty()) {
                return Optional.empty();
            }
            GraphQLInputObjectType built = condition.build();
            context.extraTypes.add(built);
            return Optional.of(new Filter(newArgument().name(FixedNames.CONDITION).type(built)
                    .description("A condition to be used in determining which values should be returned by the "
                            + "collection.").build(), new RowFilter.Condition(columns)));
        });
    }

    private static void testedField(GraphQLInputObjectType.Builder condition, Map<String, RowValue> tested,
                                    String field, GraphQLInputType type, RowValue value) {
        condition.field(GraphQLInputObjectField.newInputObjectField().name(field).type(type)
                .description("Checks for equality with the object’s `" + field + "` field."));
        tested.put(field, value);
    }
}
