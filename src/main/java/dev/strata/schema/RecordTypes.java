package dev.strata.schema;

import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgProc;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.TableRef;
import graphql.schema.GraphQLOutputType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The object types of functions that return records through several output parameters ({@code ItemStatsRecord}
 * for {@code item_stats(out item_count integer, out max_price numeric)}): a nullable field per output parameter,
 * read like a column of the rows the function returns ({@link PgProc#record()}). Made once per function.
 */
final class RecordTypes {

    private final BuildContext context;
    private final Map<Long, Optional<TableRef>> made = new HashMap<>();

    RecordTypes(BuildContext context) {
        this.context = context;
    }

    /** The function's rows as the compiler reads them; empty when an output parameter has no GraphQL type. */
    Optional<TableRef> of(PgProc proc) {
        return made.computeIfAbsent(proc.oid(), oid -> build(proc));
    }

    private Optional<TableRef> build(PgProc proc) {
        String typeName = context.inflector.recordType(proc);
        PgClass record = proc.record();
        List<GraphQLOutputType> types = new ArrayList<>();
        for (PgAttribute column : record.attributes()) {
            Optional<GraphQLOutputType> type = context.types.output(column.typeOid());
            if (type.isEmpty()) {
                return Optional.empty();
            }
            types.add(type.get());
        }
        for (int i = 0; i < types.size(); i++) {
            PgAttribute column = record.attributes().get(i);
            context.field(typeName, newFieldDefinition().name(context.inflector.recordField(proc.outputs().get(i), i))
                    .type(types.get(i)).build(), new FieldPlan.Column(column));
        }
        context.extraTypes.add(context.object(typeName)
                .description("What `" + proc.qualifiedName() + "` returns: one value per output parameter.").build());
        return Optional.of(new TableRef(record, typeName, "", List.of()));
    }
}
