package dev.strata.schema;

import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLTypeReference.typeRef;

import dev.strata.catalog.PgArgument;
import dev.strata.catalog.PgProc;
import dev.strata.naming.Inflector;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.FieldPlan.ReturnShape;
import dev.strata.plan.FieldPlan.Shape;
import dev.strata.plan.TableRef;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLOutputType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Fields from functions: computed columns ({@code person_full_name(person)} becomes {@code Person.fullName}) and
 * root query fields from the other STABLE and IMMUTABLE functions ({@code searchPosts}, {@code currentPerson}).
 * A function whose arguments or result have no GraphQL type is left out with a log line.
 */
final class Functions {

    private static final Logger LOG = Logger.getLogger(Functions.class.getName());

    private final BuildContext context;
    private final Collections collections;

    Functions(BuildContext context, Collections collections) {
        this.context = context;
        this.collections = collections;
    }

    void addComputedColumns() {
        for (PgProc proc : context.catalog.procs()) {
            computedColumnTable(proc).ifPresent(table -> {
                if (context.behaviors.function(proc, "typeField")) {
                    add(table.typeName(), proc, true, context.inflector.computedColumn(proc, table.pgClass()));
                }
            });
        }
    }

    void addQueryFields() {
        for (PgProc proc : context.catalog.procs()) {
            if (!proc.isVolatile() && computedColumnTable(proc).isEmpty()
                    && context.behaviors.function(proc, "queryField")) {
                add(BuildContext.QUERY, proc, false, context.inflector.function(proc));
            }
        }
    }

    /** The table a function is a computed column of: its first argument is the row and its name starts so. */
    private Optional<TableRef> computedColumnTable(PgProc proc) {
        if (proc.isVolatile() || proc.arguments().isEmpty()) {
            return Optional.empty();
        }
        return context.tableOfRowType(proc.arguments().get(0).typeOid())
                .filter(table -> table.pgClass().isSelectable())
                .filter(table -> proc.name().startsWith(table.pgClass().name() + "_"));
    }

    private void add(String typeName, PgProc proc, boolean computedColumn, String fieldName) {
        List<PgArgument> sqlArguments = proc.arguments().subList(computedColumn ? 1 : 0, proc.arguments().size());
        List<GraphQLArgument> arguments = new ArrayList<>();
        List<String> argumentNames = new ArrayList<>();
        for (int i = 0; i < sqlArguments.size(); i++) {
            PgArgument argument = sqlArguments.get(i);
            Optional<GraphQLInputType> type = context.types.input(argument.typeOid());
            if (type.isEmpty()) {
                LOG.fine(() -> "function " + proc.qualifiedName() + " left out: argument type not supported");
                return;
            }
            String name = argument.name().isEmpty() ? "arg" + i : Inflector.camel(argument.name());
            argumentNames.add(name);
            arguments.add(newArgument().name(name).type(type.get()).build());
        }
        Optional<Returns> returns = returns(proc);
        if (returns.isEmpty()) {
            LOG.fine(() -> "function " + proc.qualifiedName() + " left out: return type not supported");
            return;
        }
        if (returns.get().shape().shape() == Shape.CONNECTION) {
            arguments.addAll(collections.pageArguments());
        }
        GraphQLFieldDefinition field = newFieldDefinition().name(fieldName).description(proc.doc().description())
                .arguments(arguments).type(returns.get().type()).build();
        FieldPlan plan = new FieldPlan.FunctionCall(proc, computedColumn, argumentNames, returns.get().shape());
        if (computedColumn) {
            context.field(typeName, field, plan);
        } else {
            context.rootField(typeName, field, plan);
        }
    }

    private record Returns(GraphQLOutputType type, ReturnShape shape) {
    }

    private Optional<Returns> returns(PgProc proc) {
        Optional<TableRef> table = context.tableOfRowType(proc.returnTypeOid());
        if (table.isPresent()) {
            TableRef rows = table.get();
            return Optional.of(proc.returnsSet()
                    ? new Returns(collections.connection(rows), new ReturnShape(rows, Shape.CONNECTION))
                    : new Returns(typeRef(rows.typeName()), new ReturnShape(rows, Shape.SINGLE)));
        }
        return context.types.output(proc.returnTypeOid()).map(type -> proc.returnsSet()
                ? new Returns(collections.connection(context.inflector.functionConnection(proc),
                        context.inflector.functionEdge(proc), type), new ReturnShape(null, Shape.CONNECTION))
                : new Returns(type, new ReturnShape(null, Shape.SINGLE)));
    }
}
