package dev.strata.schema;

import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;
import static graphql.schema.GraphQLTypeReference.typeRef;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgConstraint;
import dev.strata.plan.OrderTerm;
import dev.strata.plan.TableRef;
import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Connection, edge, order-by and condition types of collections, and the arguments of collection fields
 * ({@code first}, {@code last}, {@code offset}, {@code before}, {@code after}, {@code orderBy},
 * {@code condition}).
 */
final class Collections {

    static final String PAGE_INFO = "PageInfo";

    private final BuildContext context;
    private final Map<String, GraphQLEnumType> orderBys = new HashMap<>();
    private final Map<String, GraphQLInputObjectType> conditions = new HashMap<>();
    private final Map<String, String> connections = new HashMap<>();

    Collections(BuildContext context) {
        this.context = context;
        context.extraTypes.add(pageInfo());
        for (String cursor : List.of("startCursor", "endCursor")) {
            context.code.dataFetcher(graphql.schema.FieldCoordinates.coordinates(PAGE_INFO, cursor), Fetchers.ENCODED);
        }
    }

    /** The connection type over rows of a table type (made on first use); {@code totalCount} as the table allows. */
    GraphQLOutputType connection(TableRef table) {
        return connection(context.inflector.connection(table.typeName()), context.inflector.edge(table.typeName()),
                typeRef(table.typeName()), context.behaviors.table(table.pgClass(), "totalCount"));
    }

    /** The connection type of a set of values of a node type under the given names (made on first use). */
    GraphQLOutputType connection(String connectionName, String edgeName, GraphQLOutputType nodeType) {
        return connection(connectionName, edgeName, nodeType, true);
    }

    private GraphQLOutputType connection(String connectionName, String edgeName, GraphQLOutputType nodeType,
                                         boolean totalCount) {
        connections.computeIfAbsent(connectionName, name -> {
            context.extraTypes.add(GraphQLObjectType.newObject().name(edgeName)
                    .description("One value of a `" + connectionName + "`, with its cursor.")
                    .field(newFieldDefinition().name("cursor").type(dev.strata.schema.Scalars.CURSOR)
                            .description("A cursor for use in pagination."))
                    .field(newFieldDefinition().name("node").type(nodeType).description("The value at the end of the edge."))
                    .build());
            context.code.dataFetcher(graphql.schema.FieldCoordinates.coordinates(edgeName, "cursor"),
                    Fetchers.ENCODED);
            GraphQLObjectType.Builder connection = GraphQLObjectType.newObject().name(connectionName)
                    .description("A page of values, with what is needed to fetch the next one.")
                    .field(newFieldDefinition().name("nodes").type(nonNull(list(nodeType)))
                            .description("The values of this page."))
                    .field(newFieldDefinition().name("edges").type(nonNull(list(nonNull(typeRef(edgeName)))))
                            .description("The values of this page with their cursors."))
                    .field(newFieldDefinition().name("pageInfo").type(nonNull(typeRef(PAGE_INFO)))
                            .description("Information to aid in pagination."));
            if (totalCount) {
                connection.field(newFieldDefinition().name("totalCount").type(nonNull(Scalars.GraphQLInt))
                        .description("The count of *all* values matching the condition, ignoring paging."));
            }
            context.extraTypes.add(connection.build());
            return name;
        });
        return typeRef(connectionName);
    }

    /** Pagination arguments of any connection. */
    List<GraphQLArgument> pageArguments() {
        return List.of(
                newArgument().name("first").type(Scalars.GraphQLInt)
                        .description("Only read the first `n` values of the set.").build(),
                newArgument().name("last").type(Scalars.GraphQLInt)
                        .description("Only read the last `n` values of the set.").build(),
                newArgument().name("offset").type(Scalars.GraphQLInt)
                        .description("Skip the first `n` values from our `after` cursor, an alternative to cursor "
                                + "based pagination. May not be used with `last`.").build(),
                newArgument().name("before").type(dev.strata.schema.Scalars.CURSOR)
                        .description("Read all values in the set before (above) this cursor.").build(),
                newArgument().name("after").type(dev.strata.schema.Scalars.CURSOR)
                        .description("Read all values in the set after (below) this cursor.").build());
    }

    /** Pagination arguments of a list: {@code first} and {@code offset}. */
    List<GraphQLArgument> listArguments() {
        return pageArguments().stream().filter(argument -> argument.getName().equals("first")
                || argument.getName().equals("offset")).toList();
    }

    /**
     * Pagination, order and condition arguments of a collection field over a table's rows. {@code scope} is the
     * field's behavior ({@code query:resource:connection}, {@code manyRelation:resource:list}, ...): it ends in
     * {@code connection} or {@code list}, and the table decides {@code <scope>:order} and {@code <scope>:filter}.
     */
    List<GraphQLArgument> tableArguments(TableRef table, String scope) {
        boolean connection = scope.endsWith(":connection");
        List<GraphQLArgument> arguments = new ArrayList<>(connection ? pageArguments() : listArguments());
        if (context.behaviors.table(table.pgClass(), scope + ":order")) {
            arguments.add(orderByArgument(table, connection));
        }
        if (context.behaviors.table(table.pgClass(), scope + ":filter")) {
            conditionArgument(table).ifPresent(arguments::add);
        }
        return arguments;
    }

    /** {@code orderBy}; PostGraphile 4 gives it a default on connections only. */
    GraphQLArgument orderByArgument(TableRef table, boolean withDefault) {
        GraphQLArgument.Builder orderBy = newArgument().name("orderBy").type(list(nonNull(orderBy(table))))
                .description("The method to use when ordering `" + table.typeName() + "`.");
        if (withDefault) {
            orderBy.defaultValueLiteral(graphql.language.ArrayValue.newArrayValue().value(graphql.language.EnumValue
                    .of(table.hasPrimaryKey() ? "PRIMARY_KEY_ASC" : "NATURAL")).build());
        }
        return orderBy.build();
    }

    /** {@code condition}, unless no column of the table may be filtered by. */
    Optional<GraphQLArgument> conditionArgument(TableRef table) {
        GraphQLInputObjectType condition = condition(table);
        return condition.getFieldDefinitions().isEmpty() ? Optional.empty() : Optional.of(newArgument()
                .name("condition").type(condition)
                .description("A condition to be used in determining which values should be returned by the "
                        + "collection.").build());
    }

    private GraphQLEnumType orderBy(TableRef table) {
        return orderBys.computeIfAbsent(table.typeName(), name -> {
            GraphQLEnumType.Builder values = GraphQLEnumType.newEnum()
                    .name(context.inflector.orderByType(table.typeName()))
                    .description("Methods to use when ordering `" + table.typeName() + "`.");
            values.value("NATURAL", natural());
            for (PgAttribute column : table.pgClass().attributes()) {
                if (context.behaviors.column(table.pgClass(), column, "attribute:orderBy")
                        && context.types.input(column.typeOid()).isPresent()) {
                    boolean unique = isUniqueAlone(table, column);
                    for (boolean ascending : new boolean[] {true, false}) {
                        String value = context.inflector.orderByValue(column, ascending);
                        values.value(value, new OrderTerm(value.toLowerCase(java.util.Locale.ROOT),
                                List.of(column), ascending, unique));
                    }
                }
            }
            if (table.hasPrimaryKey()) {
                values.value("PRIMARY_KEY_ASC", new OrderTerm("primary_key_asc", table.primaryKey(), true, true));
                values.value("PRIMARY_KEY_DESC", new OrderTerm("primary_key_desc", table.primaryKey(), false, true));
            }
            return values.build();
        });
    }

    private GraphQLInputObjectType condition(TableRef table) {
        return conditions.computeIfAbsent(table.typeName(), name -> {
            String typeName = context.inflector.conditionType(name);
            GraphQLInputObjectType.Builder condition = GraphQLInputObjectType.newInputObject().name(typeName)
                    .description("A condition to be used against `" + name + "` object types. All fields are "
                            + "tested for equality and combined with a logical ‘and.’");
            for (PgAttribute column : table.pgClass().attributes()) {
                if (!context.behaviors.column(table.pgClass(), column, "condition:attribute:filterBy")) {
                    continue;
                }
                context.types.input(column.typeOid()).ifPresent(type -> {
                    String field = context.inflector.column(column);
                    condition.field(GraphQLInputObjectField.newInputObjectField().name(field).type(type)
                            .description("Checks for equality with the object’s `" + field + "` field."));
                    context.plans.put(typeName, field, new dev.strata.plan.FieldPlan.Column(column));
                });
            }
            GraphQLInputObjectType built = condition.build();
            if (!built.getFieldDefinitions().isEmpty()) {
                context.extraTypes.add(built);
            }
            return built;
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
        return GraphQLObjectType.newObject().name(PAGE_INFO).description("Information about pagination in a connection.")
                .field(newFieldDefinition().name("hasNextPage").type(nonNull(Scalars.GraphQLBoolean))
                        .description("When paginating forwards, are there more items?"))
                .field(newFieldDefinition().name("hasPreviousPage").type(nonNull(Scalars.GraphQLBoolean))
                        .description("When paginating backwards, are there more items?"))
                .field(newFieldDefinition().name("startCursor").type(dev.strata.schema.Scalars.CURSOR)
                        .description("When paginating backwards, the cursor to continue."))
                .field(newFieldDefinition().name("endCursor").type(dev.strata.schema.Scalars.CURSOR)
                        .description("When paginating forwards, the cursor to continue."))
                .build();
    }
}
