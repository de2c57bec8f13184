package dev.strata.schema;

import dev.strata.behavior.KnownBehavior;
import static graphql.schema.GraphQLInputObjectField.newInputObjectField;
import static graphql.schema.GraphQLNonNull.nonNull;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgConstraint;
import dev.strata.plan.MutationPlan;
import dev.strata.plan.MutationPlan.RowFinder;
import dev.strata.plan.TableRef;
import dev.strata.schema.PayloadTypes.Write;
import dev.strata.schema.RowInputs.RowInput;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The create, update and delete mutations of every table, in PostGraphile 4's order: all creates, then the
 * updates of each table (by node id, then by each unique key), then the deletes alike. The table's behavior allows
 * each kind ({@code resource:insert|update|delete}); the primary key allows the node id variants
 * ({@code nodeId:resource:update|delete}) and each unique constraint its own ({@code constraint:resource:...}).
 */
final class CrudMutations implements SchemaFeature {

    private final BuildContext context;
    private final Write write;

    CrudMutations(BuildContext context, Write write) {
        this.context = context;
        this.write = write;
    }

    @Override
    public void contribute() {
        switch (write) {
            case CREATE -> addCreates();
            case UPDATE -> addUpdates();
            case DELETE -> addDeletes();
        }
    }

    private void addCreates() {
        for (TableRef table : writableTables()) {
            if (context.behaviors.table(table.pgClass(), KnownBehavior.RESOURCE_INSERT)) {
                addCreate(table);
            }
        }
    }

    private void addUpdates() {
        for (TableRef table : writableTables()) {
            if (context.behaviors.table(table.pgClass(), KnownBehavior.RESOURCE_UPDATE)) {
                List<Finder> finders = finders(table, Write.UPDATE);
                if (!finders.isEmpty()) {
                    context.rowInputs.patch(table).ifPresent(patch -> finders.forEach(f -> addWrite(table, Write.UPDATE,
                            patch, f)));
                }
            }
        }
    }

    private void addDeletes() {
        for (TableRef table : writableTables()) {
            if (context.behaviors.table(table.pgClass(), KnownBehavior.RESOURCE_DELETE)) {
                finders(table, Write.DELETE).forEach(finder -> addWrite(table, Write.DELETE, null, finder));
            }
        }
    }

    /** An update or delete mutation's name and how it finds its row (the fields of its input that do). */
    private record Finder(String name, String foundBy, List<GraphQLInputObjectField> fields, RowFinder finder) {
    }

    private List<TableRef> writableTables() {
        return context.tables().stream().filter(table -> table.pgClass().isSelectable()).toList();
    }

    private void addCreate(TableRef table) {
        Optional<RowInput> row = context.rowInputs.insert(table);
        String rowField = context.inflector.tableField(table.pgClass());
        GraphQLInputObjectType.Builder input = context.mutationInput(
                context.inflector.createInputType(table.pgClass()));
        row.ifPresent(type -> input.field(newInputObjectField().name(rowField)
                .description("The `" + table.typeName() + "` to create.").type(nonNull(type.type()))));
        String payloadName = context.inflector.createPayloadType(table.pgClass());
        context.mutationField(context.inflector.createField(table.pgClass()),
                "Creates one `" + table.typeName() + "`.", input.build(),
                context.payloads.table(table, payloadName, Write.CREATE),
                new MutationPlan.Create(table, rowField, row.map(RowInput::columns).orElse(List.of()), payloadName));
    }

    /** How the update or delete mutations of a table find their row: by node id, then by each unique key. */
    private List<Finder> finders(TableRef table, Write write) {
        List<Finder> finders = new ArrayList<>();
        Optional<PgConstraint> primaryKey = table.pgClass().primaryKey();
        if (primaryKey.isPresent() && context.isNode(table)
                && context.behaviors.table(table.pgClass(), write.byNodeId)) {
            String name = write == Write.UPDATE ? context.inflector.updateByNodeId(table.pgClass())
                    : context.inflector.deleteByNodeId(table.pgClass());
            String nodeIdField = context.inflector.nodeIdField();
            GraphQLInputObjectField nodeId = newInputObjectField().name(nodeIdField)
                    .description("The node id of the `" + table.typeName() + "` to " + write.verb() + ".")
                    .type(nonNull(IdScalar.ID)).build();
            finders.add(new Finder(name, "found by its node id", List.of(nodeId),
                    new RowFinder(table.primaryKey(), List.of(nodeIdField), true, collection(table))));
        }
        for (PgConstraint constraint : table.pgClass().constraints()) {
            if (constraint.isUnique() && context.behaviors.constraint(table.pgClass(), constraint,
                    write.byKey)) {
                byKey(table, write, constraint).ifPresent(finders::add);
            }
        }
        return finders;
    }

    private Optional<Finder> byKey(TableRef table, Write write, PgConstraint constraint) {
        List<PgAttribute> keys = table.pgClass().attributes(constraint.columns());
        List<GraphQLInputObjectField> keyFields = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (PgAttribute key : keys) {
            Optional<GraphQLInputType> type = context.types.input(key.typeOid());
            if (type.isEmpty() || !context.behaviors.column(table.pgClass(), key, KnownBehavior.ATTRIBUTE_SELECT)) {
                return Optional.empty();
            }
            String field = context.inflector.column(key);
            names.add(field);
            keyFields.add(newInputObjectField().name(field).description(key.doc().description())
                    .type(nonNull(type.get())).build());
        }
        String name = write == Write.UPDATE ? context.inflector.updateByKeys(table.pgClass(), keys, constraint)
                : context.inflector.deleteByKeys(table.pgClass(), keys, constraint);
        return Optional.of(new Finder(name, "found by a unique key", keyFields,
                new RowFinder(keys, names, false, collection(table))));
    }

    /** One update or delete mutation: its input is the patch (for updates) and the fields that find the row. */
    private void addWrite(TableRef table, Write write, RowInput patch, Finder found) {
        String name = found.name();
        RowFinder finder = found.finder();
        List<GraphQLInputObjectField> finderFields = found.fields();
        String payloadName = write == Write.UPDATE ? context.inflector.updatePayloadType(table.pgClass())
                : context.inflector.deletePayloadType(table.pgClass());
        GraphQLInputObjectType.Builder input = context.mutationInput(context.inflector.mutationInputType(name));
        // PostGraphile 4's field order: the node id before the patch, the key columns after it.
        if (finder.byNodeId()) {
            finderFields.forEach(input::field);
        }
        if (patch != null) {
            input.field(newInputObjectField().name(context.inflector.patchField(table.pgClass()))
                    .description("The columns to set on the `" + table.typeName() + "`.")
                    .type(nonNull(patch.type())));
        }
        if (!finder.byNodeId()) {
            finderFields.forEach(input::field);
        }
        MutationPlan plan = write == Write.UPDATE
                ? new MutationPlan.Update(table, finder, context.inflector.patchField(table.pgClass()), patch.columns(),
                        payloadName)
                : new MutationPlan.Delete(table, finder, payloadName);
        context.mutationField(name, capitalized(write.verb()) + "s one `" + table.typeName() + "` " + found.foundBy()
                        + ".",
                input.build(), context.payloads.table(table, payloadName, write), plan);
    }

    private String collection(TableRef table) {
        return context.inflector.collectionName(table.pgClass());
    }

    private static String capitalized(String verb) {
        return Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
    }
}
