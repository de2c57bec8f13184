package dev.strata.schema;

import dev.strata.behavior.KnownBehavior;
import dev.strata.catalog.PgAttribute;
import dev.strata.plan.MutationPlan.InputColumn;
import dev.strata.plan.TableRef;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLNonNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The row input of create mutations ({@code PostInput}: a column without a default that may not be null is
 * required) and the patch of update mutations ({@code PostPatch}: every column optional), each made once per table
 * from the columns whose {@code attribute:insert} / {@code attribute:update} behavior allows it.
 */
final class RowInputs {

    /** An input object type and the column each of its fields sets. */
    record RowInput(GraphQLInputObjectType type, List<InputColumn> columns) {
    }

    private final BuildContext context;
    private final Map<String, Optional<RowInput>> made = new HashMap<>();

    RowInputs(BuildContext context) {
        this.context = context;
    }

    /** {@code PostInput}, or empty when no column can be inserted. */
    Optional<RowInput> insert(TableRef table) {
        return made(context.inflector.inputType(table.typeName()), name -> build(table, name,
                "The columns of a new `" + table.typeName() + "`.", KnownBehavior.ATTRIBUTE_INSERT, true));
    }

    /** {@code PostPatch}, or empty when no column can be updated. */
    Optional<RowInput> patch(TableRef table) {
        return made(context.inflector.patchType(table.typeName()), name -> build(table, name,
                "Changes to a `" + table.typeName() + "`: the fields given are set, the others are left as they are.",
                KnownBehavior.ATTRIBUTE_UPDATE, false));
    }

    /** Not {@code computeIfAbsent}: building one input may build another (a column of another table's row type). */
    private Optional<RowInput> made(String name, java.util.function.Function<String, Optional<RowInput>> build) {
        Optional<RowInput> input = made.get(name);
        if (input == null) {
            input = build.apply(name);
            made.put(name, input);
        }
        return input;
    }

    private Optional<RowInput> build(TableRef table, String typeName, String description, KnownBehavior behavior,
                                     boolean requireMandatory) {
        GraphQLInputObjectType.Builder type = GraphQLInputObjectType.newInputObject().name(typeName)
                .description(description);
        List<InputColumn> columns = new ArrayList<>();
        for (PgAttribute column : table.pgClass().attributes()) {
            if (!context.behaviors.column(table.pgClass(), column, behavior)) {
                continue;
            }
            Optional<GraphQLInputType> input = context.types.input(column.typeOid());
            if (input.isEmpty()) {
                continue;
            }
            String field = context.inflector.column(column);
            boolean mandatory = requireMandatory && column.notNull() && !column.hasDefault();
            type.field(GraphQLInputObjectField.newInputObjectField().name(field)
                    .description(column.doc().description())
                    .type(mandatory ? GraphQLNonNull.nonNull(input.get()) : input.get()));
            columns.add(new InputColumn(field, column));
        }
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        GraphQLInputObjectType built = type.build();
        context.extraTypes.add(built);
        return Optional.of(new RowInput(built, columns));
    }
}
