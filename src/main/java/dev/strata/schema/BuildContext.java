package dev.strata.schema;

import dev.strata.behavior.EntityBehaviors;

import dev.strata.catalog.Catalog;
import dev.strata.catalog.PgClass;
import dev.strata.naming.Inflector;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.FieldPlans;
import dev.strata.plan.TableRef;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLObjectType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** What the feature builders share while one schema is built: the inputs and the types made so far. */
final class BuildContext {

    static final String QUERY = "Query";
    static final String MUTATION = "Mutation";

    final Catalog catalog;
    final Inflector inflector;
    final EntityBehaviors behaviors;
    final FieldPlans plans = new FieldPlans();
    final TypeMapper types;
    final GraphQLCodeRegistry.Builder code = GraphQLCodeRegistry.newCodeRegistry();
    final Set<graphql.schema.GraphQLNamedType> extraTypes = new LinkedHashSet<>();

    private final Function<FieldPlan, DataFetcher<?>> rootFetchers;
    private final Map<Long, TableRef> tables = new LinkedHashMap<>();
    private final Map<String, List<GraphQLFieldDefinition>> fields = new LinkedHashMap<>();

    /** The JWT composite type's row type oid (0 for none): a scalar, never a table type. */
    final long jwtTypeOid;

    BuildContext(Catalog catalog, Inflector inflector, EntityBehaviors behaviors,
                 Function<FieldPlan, DataFetcher<?>> rootFetchers, JwtType jwt) {
        this.catalog = catalog;
        this.inflector = inflector;
        this.behaviors = behaviors;
        this.rootFetchers = rootFetchers;
        Optional<PgClass> jwtClass = jwt.find(catalog);
        this.jwtTypeOid = jwtClass.map(PgClass::typeOid).orElse(0L);
        this.types = new TypeMapper(catalog, inflector,
                typeOid -> catalog.classByTypeOid(typeOid).map(c -> tables.get(c.oid())).map(TableRef::typeName),
                jwtTypeOid, jwtClass.map(c -> jwt.scalar(c, inflector)).orElse(null),
                type -> behaviors.type(type, "select"));
    }

    void addTable(TableRef table) {
        tables.put(table.pgClass().oid(), table);
        plans.addTable(table);
    }

    List<TableRef> tables() {
        return List.copyOf(tables.values());
    }

    Optional<TableRef> table(long classOid) {
        return Optional.ofNullable(tables.get(classOid));
    }

    Optional<TableRef> tableOfRowType(long typeOid) {
        return catalog.classByTypeOid(typeOid).flatMap(c -> table(c.oid()));
    }

    TableRef table(PgClass pgClass) {
        return tables.get(pgClass.oid());
    }

    /** Adds a field resolved from its parent's JSON, with the plan the compiler follows for it. */
    void field(String typeName, GraphQLFieldDefinition field, FieldPlan plan) {
        fields.computeIfAbsent(typeName, t -> new ArrayList<>()).add(field);
        plans.put(typeName, field.getName(), plan);
    }

    /** Adds a field whose value comes from its own data fetcher (root fields, encoded ids). */
    void field(String typeName, GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
        fields.computeIfAbsent(typeName, t -> new ArrayList<>()).add(field);
        code.dataFetcher(FieldCoordinates.coordinates(typeName, field.getName()), fetcher);
    }

    /** Adds a root field compiled into one SQL statement. */
    void rootField(String typeName, GraphQLFieldDefinition field, FieldPlan plan) {
        field(typeName, field, rootFetchers.apply(plan));
        plans.put(typeName, field.getName(), plan);
    }

    /** Adds a mutation: a root field of the Mutation type with its one argument {@code input}. */
    void mutationField(String name, String description, GraphQLInputObjectType input, GraphQLOutputType payload,
                       FieldPlan plan) {
        mutationField(name, description, null, input, payload, plan);
    }

    /** Adds a mutation, deprecated for the given reason (none when null). */
    void mutationField(String name, String description, String deprecation, GraphQLInputObjectType input,
                       GraphQLOutputType payload, FieldPlan plan) {
        rootField(MUTATION, GraphQLFieldDefinition.newFieldDefinition().name(name).description(description)
                .deprecate(deprecation)
                .argument(GraphQLArgument.newArgument().name("input")
                        .description("The input of this mutation, one object.")
                        .type(GraphQLNonNull.nonNull(input)))
                .type(payload).build(), plan);
    }

    /** A mutation's input type, starting with its {@code clientMutationId} field. */
    GraphQLInputObjectType.Builder mutationInput(String name) {
        return GraphQLInputObjectType.newInputObject().name(name)
                .description("The input of the mutation of the same name.")
                .field(GraphQLInputObjectField.newInputObjectField().name("clientMutationId")
                        .description("Any text; the payload gives it back unchanged.")
                        .type(graphql.Scalars.GraphQLString));
    }

    List<GraphQLFieldDefinition> fields(String typeName) {
        return fields.getOrDefault(typeName, List.of());
    }

    GraphQLObjectType.Builder object(String typeName) {
        return GraphQLObjectType.newObject().name(typeName).fields(fields(typeName));
    }
}
