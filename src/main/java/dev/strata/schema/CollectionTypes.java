package dev.strata.schema;

import dev.strata.behavior.KnownBehavior;
import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;
import static graphql.schema.GraphQLTypeReference.typeRef;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgConstraint;
import dev.strata.catalog.PgProc;
import dev.strata.naming.FixedNames;
import dev.strata.plan.RowFilter;
import dev.strata.plan.RowValue;
import dev.strata.plan.OrderTerm;
import dev.strata.plan.TableRef;
import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Connection, edge, order-by and condition types of collections, and the arguments of collection fields
 * ({@code first}, {@code last}, {@code offset}, {@code before}, {@code after}, {@code orderBy},
 * {@code condition}).
 */
final class CollectionTypes {

    private final BuildContext context;
    private final Map<String, GraphQLEnumType> orderBys = new HashMap<>();
    private final List<RowFilterArgument> filters = new ArrayList<>();
    private final Map<String, String> connections = new HashMap<>();

    CollectionTypes(BuildContext context) {
        this.context = context;
        context.extraTypes.add(pageInfo());
        for (String cursor : List.of(FixedNames.START_CURSOR, FixedNames.END_CURSOR)) {
            context.code.dataFetcher(graphql.schema.FieldCoordinates.coordinates(FixedNames.PAGE_INFO, cursor), Fetchers.ENCODED);
        }
    }

    /** The connection type over rows of a table type (made on first use); {@code totalCount} as the table allows. */
    GraphQLOutputType connection(TableRef table) {
        return connection(context.inflector.connection(table.typeName()), context.inflector.edge(table.typeName()),
                context.setRow(typeRef(table.typeName())), true, context.behaviors.table(table.pgClass(), KnownBehavior.TOTAL_COUNT));
    }

    /**
     * The connection type of a set of values that are not rows (a function's {@code setof integer}, say) under the
     * given names (made on first use): PostGraphile 4 gives these no {@code pageInfo}.
     */
    GraphQLOutputType connection(String connectionName, String edgeName, GraphQLOutputType nodeType) {
        return connection(connectionName, edgeName, nodeType, false, true);
    }

    private GraphQLOutputType connection(String connectionName, String edgeName, GraphQLOutputType nodeType,
                                         boolean pageInfo, boolean totalCount) {
        connections.computeIfAbsent(connectionName, name -> {
            context.extraTypes.add(GraphQLObjectType.newObject().name(edgeName)
                    .description("One value of a `" + connectionName + "`, with its cursor.")
                    .field(newFieldDefinition().name(FixedNames.CURSOR).type(CustomScalars.CURSOR)
                            .description("A cursor for use in pagination."))
                    .field(newFieldDefinition().name(FixedNames.NODE_FIELD).type(nodeType).description("The value at the end of the edge."))
                    .build());
            context.code.dataFetcher(graphql.schema.FieldCoordinates.coordinates(edgeName, FixedNames.CURSOR),
                    Fetchers.ENCODED);
            GraphQLObjectType.Builder connection = GraphQLObjectType.newObject().name(connectionName)
                    .description("A page of values, with what is needed to fetch the next one.")
                    .field(newFieldDefinition().name(FixedNames.NODES).type(nonNull(list(nodeType)))
                            .description("The values of this page."))
                    .field(newFieldDefinition().name(FixedNames.EDGES).type(nonNull(list(nonNull(typeRef(edgeName)))))
                            .description("The values of this page with their cursors."));
            if (pageInfo) {
                connection.field(newFieldDefinition().name(FixedNames.PAGE_INFO_FIELD).type(nonNull(typeRef(FixedNames.PAGE_INFO)))
                        .description("Information to aid in pagination."));
            }
            if (totalCount) {
                connection.field(newFieldDefinition().name(FixedNames.TOTAL_COUNT).type(nonNull(Scalars.GraphQLInt))
                        .description("The count of *all* values matching the condition, ignoring paging."));
            }
            context.extraTypes.add(connection.build());
            return name;
        });
        return typeRef(connectionName);
    }

    /** Pagination arguments of a connection; {@code last} and {@code before} only when it may page backwards. */
    List<GraphQLArgument> pageArguments(boolean backwards) {
        return allPageArguments().stream().filter(argument -> backwards
                || !argument.getName().equals(FixedNames.LAST) && !argument.getName().equals(FixedNames.BEFORE))
                .toList();
    }

    private List<GraphQLArgument> allPageArguments() {
        return List.of(
                newArgument().name(FixedNames.FIRST).type(Scalars.GraphQLInt)
                        .description("Only read the first `n` values of the set.").build(),
                newArgument().name(FixedNames.LAST).type(Scalars.GraphQLInt)
                        .description("Only read the last `n` values of the set.").build(),
                newArgument().name(FixedNames.OFFSET).type(Scalars.GraphQLInt)
                        .description("Skip the first `n` values from our `after` cursor, an alternative to cursor "
                                + "based pagination. May not be used with `last`.").build(),
                newArgument().name(FixedNames.BEFORE).type(CustomScalars.CURSOR)
                        .description("Read all values in the set before (above) this cursor.").build(),
                newArgument().name(FixedNames.AFTER).type(CustomScalars.CURSOR)
                        .description("Read all values in the set after (below) this cursor.").build());
    }

    /** Pagination arguments of a list: {@code first} and {@code offset}. */
    List<GraphQLArgument> listArguments() {
        return allPageArguments().stream().filter(argument -> argument.getName().equals(FixedNames.FIRST)
                || argument.getName().equals(FixedNames.OFFSET)).toList();
    }

    /**
     * Pagination, order and filtering arguments of a collection field over a table's rows. {@code scope} is the
     * field's behavior ({@code query:resource:connection}, {@code manyRelation:resource:list}, ...): it ends in
     * {@code connection} or {@code list}, and the table decides {@code <scope>:filter}, and {@code order} for all of
     * its collections (PostGraphile 5 has no per-collection order behavior).
     */
    CollectionArguments tableArguments(TableRef table, KnownBehavior scope) {
        boolean connection = scope.scope().endsWith(":connection");
        List<GraphQLArgument> arguments = new ArrayList<>(connection ? pageArguments(context.behaviors.table(
                table.pgClass(), KnownBehavior.RESOURCE_CONNECTION_BACKWARDS)) : listArguments());
        if (context.behaviors.table(table.pgClass(), KnownBehavior.ORDER)) {
            arguments.add(orderByArgument(table, connection));
        }
        if (!context.behaviors.table(table.pgClass(), scope.filter())) {
            return new CollectionArguments(arguments, Map.of());
        }
        CollectionArguments filtering = filterArguments(table);
        arguments.addAll(filtering.arguments());
        return new CollectionArguments(arguments, filtering.filters());
    }

    /** {@code orderBy}; PostGraphile 4 gives it a default on connections only. */
    GraphQLArgument orderByArgument(TableRef table, boolean withDefault) {
        GraphQLArgument.Builder orderBy = newArgument().name(FixedNames.ORDER_BY).type(list(nonNull(orderBy(table))))
                .description("The method to use when ordering `" + table.typeName() + "`.");
        if (withDefault) {
            orderBy.defaultValueLiteral(graphql.language.ArrayValue.newArrayValue().value(graphql.language.EnumValue
                    .of(table.hasPrimaryKey() ? FixedNames.PRIMARY_KEY_ASC : FixedNames.NATURAL)).build());
        }
        return orderBy.build();
    }

    /** Registers a filtering argument that collection fields allowing filters get. */
    void addFilter(RowFilterArgument filter) {
        filters.add(filter);
    }

    /** The filtering arguments of a collection field over the table's rows, with their plans. */
    CollectionArguments filterArguments(TableRef table) {
        List<GraphQLArgument> arguments = new ArrayList<>();
        Map<String, RowFilter> plans = new LinkedHashMap<>();
        for (RowFilterArgument filter : filters) {
            filter.argument(table).ifPresent(made -> {
                arguments.add(made.argument());
                plans.put(made.argument().getName(), made.plan());
            });
        }
        return new CollectionArguments(arguments, plans);
    }

    private GraphQLEnumType orderBy(TableRef table) {
        return orderBys.computeIfAbsent(table.typeName(), name -> {
            GraphQLEnumType.Builder values = GraphQLEnumType.newEnum()
                    .name(context.inflector.orderByType(table.typeName()))
                    .description("Methods to use when ordering `" + table.typeName() + "`.");
            values.value(FixedNames.NATURAL, natural());
            for (PgAttribute column : table.pgClass().attributes()) {
                if (context.behaviors.column(table.pgClass(), column, KnownBehavior.ATTRIBUTE_ORDER_BY)
                        && context.types.input(column.typeOid()).isPresent()) {
                    boolean unique = isUniqueAlone(table, column);
                    for (boolean ascending : new boolean[] {true, false}) {
                        String value = context.inflector.orderByValue(column, ascending);
                        values.value(value, OrderTerm.ofColumns(value.toLowerCase(java.util.Locale.ROOT),
                                List.of(column), ascending, unique));
                    }
                }
            }
            for (PgProc function : context.rowValueFunctions(table, KnownBehavior.PROC_ORDER_BY)) {
                if (context.types.input(function.returnTypeOid()).isPresent()) {
                    for (boolean ascending : new boolean[] {true, false}) {
                        String value = context.inflector.orderByValue(function, table.pgClass(), ascending);
                        values.value(value, new OrderTerm(value.toLowerCase(java.util.Locale.ROOT),
                                List.of(new RowValue.Computed(function)), ascending, false));
                    }
                }
            }
            if (table.hasPrimaryKey()) {
                values.value(FixedNames.PRIMARY_KEY_ASC, OrderTerm.ofColumns("primary_key_asc", table.primaryKey(), true, true));
                values.value(FixedNames.PRIMARY_KEY_DESC, OrderTerm.ofColumns("primary_key_desc", table.primaryKey(), false, true));
            }
            return values.build();
        });
    }

    private static boolean isUniqueAlone(TableRef table, PgAttribute column) {
        return table.pgClass().constraints().stream().filter(PgConstraint::isUnique)
                .anyMatch(constraint -> constraint.columns().equals(List.of(column.name())));
    }

    private static OrderTerm natural() {
        return new OrderTerm("natural", List.of(), true, false);
    }

    private static GraphQLObjectType pageInfo() {
        return GraphQLObjectType.newObject().name(FixedNames.PAGE_INFO).description("Information about pagination in a connection.")
                .field(newFieldDefinition().name(FixedNames.HAS_NEXT_PAGE).type(nonNull(Scalars.GraphQLBoolean))
                        .description("When paginating forwards, are there more items?"))
                .field(newFieldDefinition().name(FixedNames.HAS_PREVIOUS_PAGE).type(nonNull(Scalars.GraphQLBoolean))
                        .description("When paginating backwards, are there more items?"))
                .field(newFieldDefinition().name(FixedNames.START_CURSOR).type(CustomScalars.CURSOR)
                        .description("When paginating backwards, the cursor to continue."))
                .field(newFieldDefinition().name(FixedNames.END_CURSOR).type(CustomScalars.CURSOR)
                        .description("When paginating forwards, the cursor to continue."))
                .build();
    }
}
