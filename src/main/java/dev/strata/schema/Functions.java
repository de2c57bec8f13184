package dev.strata.schema;

import dev.strata.behavior.KnownBehavior;
import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLTypeReference.typeRef;

import dev.strata.catalog.PgArgument;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgProc;
import dev.strata.naming.FixedNames;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.FieldPlan.ReturnShape;
import dev.strata.plan.FieldPlan.Shape;
import dev.strata.plan.TableRef;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Fields from functions: computed columns ({@code person_full_name(person)} becomes {@code Person.fullName},
 * behavior {@code typeField}) and root query fields ({@code searchPosts}, {@code currentPerson}, behavior
 * {@code queryField}; by default the STABLE and IMMUTABLE functions). A set-returning function gives a connection
 * and/or a list ({@code <field>:resource:connection|list}), with a {@code condition} argument when its rows'
 * table has one and the function allows {@code <field>:resource:<shape>:filter} (V4's {@code @filterable}).
 * Several output parameters make a record type ({@link RecordTypes}), whose sets are connections without
 * {@code pageInfo}, {@code orderBy} or {@code condition}. A function whose arguments or result have no GraphQL
 * type, or that takes a table's row, is left out with a log line.
 */
final class Functions implements SchemaFeature {

    private static final Logger LOG = Logger.getLogger(Functions.class.getName());

    /** The two places function fields go. */
    enum Kind { COMPUTED_COLUMN, QUERY_FIELD }

    private final BuildContext context;
    private final Kind kind;

    Functions(BuildContext context, Kind kind) {
        this.context = context;
        this.kind = kind;
    }

    @Override
    public void contribute() {
        if (kind == Kind.COMPUTED_COLUMN) {
            addComputedColumns();
        } else {
            addQueryFields();
        }
    }

    private void addComputedColumns() {
        for (PgProc proc : context.catalog.procs()) {
            context.computedColumnTable(proc).ifPresent(table -> {
                if (context.behaviors.function(proc, KnownBehavior.TYPE_FIELD)) {
                    add(new Target(table.typeName(), KnownBehavior.TYPE_FIELD_RESOURCE_CONNECTION,
                            KnownBehavior.TYPE_FIELD_RESOURCE_LIST, true,
                            context.inflector.computedColumn(proc, table.pgClass()),
                            context.inflector.computedColumnList(proc, table.pgClass())), proc);
                }
            });
        }
    }

    private void addQueryFields() {
        for (PgProc proc : context.catalog.procs()) {
            if (context.computedColumnTable(proc).isEmpty() && context.behaviors.function(proc, KnownBehavior.QUERY_FIELD)) {
                add(new Target(FixedNames.QUERY, KnownBehavior.QUERY_FIELD_RESOURCE_CONNECTION,
                        KnownBehavior.QUERY_FIELD_RESOURCE_LIST, false, context.inflector.function(proc),
                        context.inflector.functionList(proc)), proc);
            }
        }
    }

    /** Where a function's fields go: the type, the behaviors of its connection and list, and their names. */
    private record Target(String typeName, KnownBehavior connection, KnownBehavior list, boolean computedColumn,
                          String name, String listName) {
    }

    /**
     * What a function returns: the rows of an exposed table or of its output parameters ({@code record}), or values
     * of a GraphQL type.
     */
    private record Returns(TableRef table, GraphQLOutputType value, boolean record) {
    }


    private void add(Target target, PgProc proc) {
        List<PgArgument> sqlArguments = proc.arguments().subList(target.computedColumn() ? 1 : 0,
                proc.arguments().size());
        if (sqlArguments.stream().anyMatch(argument -> context.catalog.classByTypeOid(argument.typeOid())
                .filter(PgClass::isSelectable).isPresent())) {
            // as in PostGraphile 4, which serves such a function as a mutation only (VOLATILE)
            LOG.fine(() -> "function " + proc.qualifiedName() + " left out: an argument is a table's row");
            return;
        }
        List<GraphQLArgument> arguments = new ArrayList<>();
        List<String> argumentNames = new ArrayList<>();
        int first = target.computedColumn() ? 1 : 0;
        for (int i = 0; i < sqlArguments.size(); i++) {
            PgArgument argument = sqlArguments.get(i);
            Optional<GraphQLInputType> type = context.types.input(argument.typeOid());
            if (type.isEmpty()) {
                LOG.fine(() -> "function " + proc.qualifiedName() + " left out: argument type not supported");
                return;
            }
            String name = context.inflector.argument(argument.name(), i);
            argumentNames.add(name);
            arguments.add(newArgument().name(name)
                    .type(proc.requires(first + i) ? GraphQLNonNull.nonNull(type.get()) : type.get()).build());
        }
        Optional<Returns> returns = returns(proc);
        if (returns.isEmpty()) {
            LOG.fine(() -> "function " + proc.qualifiedName() + " left out: return type not supported");
            return;
        }
        TableRef rows = returns.get().table();
        if (!proc.returnsSet()) {
            addField(target, proc, target.name(), new CollectionArguments(arguments, Map.of()), argumentNames,
                    returns.get().value(), Shape.SINGLE, rows);
            return;
        }
        KnownBehavior connection = target.connection();
        if (context.behaviors.function(proc, connection)) {
            GraphQLOutputType type = rows != null && !returns.get().record() ? context.collections.connection(rows)
                    : context.collections.connection(
                    context.inflector.functionConnection(proc), context.inflector.functionEdge(proc),
                    returns.get().value());
            if (target.computedColumn()) {
                type = GraphQLNonNull.nonNull(type); // as PostGraphile 4 types them; root ones stay nullable
            }
            addField(target, proc, target.name(), with(arguments, context.collections.pageArguments(
                    context.behaviors.function(proc, KnownBehavior.RESOURCE_CONNECTION_BACKWARDS)), proc, connection,
                    returns.get()),
                    argumentNames, type, Shape.CONNECTION, rows);
        }
        KnownBehavior list = target.list();
        if (context.behaviors.function(proc, list)) {
            addField(target, proc, target.listName(), with(arguments, context.collections.listArguments(), proc, list,
                    returns.get()),
                    argumentNames, GraphQLList.list(rows == null ? returns.get().value()
                            : context.setRow(returns.get().value())), Shape.LIST, rows);
        }
    }

    /**
     * The function's own arguments, then the collection's: pagination, and the filters when allowed (a table's
     * rows; PostGraphile 4 filters no records).
     */
    private CollectionArguments with(List<GraphQLArgument> own, List<GraphQLArgument> page, PgProc proc,
                                     KnownBehavior scope, Returns returns) {
        List<GraphQLArgument> arguments = new ArrayList<>(own);
        arguments.addAll(page);
        if (returns.table() == null || returns.record() || !context.behaviors.function(proc, scope.filter())) {
            return new CollectionArguments(arguments, Map.of());
        }
        CollectionArguments filtering = context.collections.filterArguments(returns.table());
        arguments.addAll(filtering.arguments());
        return new CollectionArguments(arguments, filtering.filters());
    }

    private void addField(Target target, PgProc proc, String name, CollectionArguments arguments,
                          List<String> argumentNames, GraphQLOutputType type, Shape shape, TableRef rows) {
        GraphQLFieldDefinition field = newFieldDefinition().name(name).description(proc.doc().description())
                .deprecate(Deprecation.reason(proc.doc())).arguments(arguments.arguments()).type(type).build();
        FieldPlan plan = new FieldPlan.FunctionCall(proc, target.computedColumn(), argumentNames,
                new ReturnShape(rows, shape), arguments.filters());
        if (target.computedColumn()) {
            context.field(target.typeName(), field, plan);
        } else {
            context.queryField(field, plan);
        }
    }

    private Optional<Returns> returns(PgProc proc) {
        if (proc.returnsRecord()) {
            return context.records.of(proc).map(record -> new Returns(record, typeRef(record.typeName()), true));
        }
        Optional<TableRef> table = context.tableOfRowType(proc.returnTypeOid());
        if (table.isPresent()) {
            return Optional.of(new Returns(table.get(), typeRef(table.get().typeName()), false));
        }
        return context.types.output(proc.returnTypeOid()).map(type -> new Returns(null, type, false));
    }
}
