package dev.strata.schema;

import dev.strata.behavior.KnownBehavior;
import dev.strata.behavior.EntityBehaviors;

import dev.strata.catalog.Catalog;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgProc;
import dev.strata.naming.FixedNames;
import dev.strata.naming.Inflector;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.FieldPlans;
import dev.strata.plan.MutationPlan;
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
import graphql.schema.GraphQLTypeReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.dataloader.BatchLoaderWithContext;

/**
 * What the features share while one schema is built: the inputs, the types and fields made so far, and the type
 * factories several features use (collections, row inputs, payloads).
 */
final class BuildContext {

    private static final Logger LOG = Logger.getLogger(BuildContext.class.getName());

    final Catalog catalog;
    final Inflector inflector;
    final EntityBehaviors behaviors;
    final SchemaOptions options;
    final FieldPlans plans = new FieldPlans();
    final TypeMapper types;
    final GraphQLCodeRegistry.Builder code = GraphQLCodeRegistry.newCodeRegistry();
    final Set<graphql.schema.GraphQLNamedType> extraTypes = new LinkedHashSet<>();
    final Map<String, BatchLoaderWithContext<Object, Object>> batchLoaders = new LinkedHashMap<>();

    final CollectionTypes collections;
    final RowInputs rowInputs;
    final PayloadTypes payloads;
    final RecordTypes records;

    private final RootFetchers rootFetchers;
    private final Map<Long, TableRef> tables = new LinkedHashMap<>();
    /** Each type's fields by name, in the order they were added. */
    private final Map<String, Map<String, GraphQLFieldDefinition>> fields = new HashMap<>();
    private final Map<String, Set<String>> interfaces = new HashMap<>();

    /** The JWT composite type's row type oid (0 for none): a scalar, never a table type. */
    final long jwtTypeOid;

    BuildContext(Catalog catalog, Inflector inflector, ServableNames behaviors,
                 RootFetchers rootFetchers, JwtType jwt, SchemaOptions options) {
        this.catalog = catalog;
        this.options = options;
        this.inflector = inflector;
        this.behaviors = behaviors;
        this.rootFetchers = rootFetchers;
        Optional<PgClass> jwtClass = jwt.find(catalog);
        this.jwtTypeOid = jwtClass.map(PgClass::typeOid).orElse(0L);
        this.types = new TypeMapper(catalog, inflector, options.dynamicJson() ? CustomScalars.DYNAMIC_JSON
                : CustomScalars.JSON,
                typeOid -> catalog.classByTypeOid(typeOid).map(c -> tables.get(c.oid())).map(TableRef::typeName),
                this::tableRowInput,
                jwtTypeOid, jwtClass.map(c -> jwt.scalar(c, inflector)).orElse(null), behaviors::hasName,
                valueType -> valueType.getFieldDefinitions().forEach(field -> code.dataFetcher(
                        FieldCoordinates.coordinates(valueType.getName(), field.getName()), Fetchers.BY_FIELD_NAME)));
        this.collections = new CollectionTypes(this);
        this.rowInputs = new RowInputs(this);
        this.payloads = new PayloadTypes(this);
        this.records = new RecordTypes(this);
    }

    /** The input type of an exposed table's row type: its create input ({@code ShelfInput}). */
    private Optional<GraphQLInputObjectType> tableRowInput(long typeOid) {
        return tableOfRowType(typeOid).flatMap(rowInputs::insert).map(RowInputs.RowInput::type);
    }

    /** The type of a row in a set of a table's rows: non-null with {@code --no-setof-functions-contain-nulls}. */
    GraphQLOutputType setRow(GraphQLOutputType row) {
        return options.setofFunctionsContainNulls() ? row : GraphQLNonNull.nonNull(row);
    }

    RootFetchers rootFetchers() {
        return rootFetchers;
    }

    void addTable(TableRef table) {
        tables.put(table.pgClass().oid(), table);
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

    /** The table a function is a computed column of: its first argument is the row and its name starts so. */
    Optional<TableRef> computedColumnTable(PgProc proc) {
        if (proc.isVolatile() || proc.arguments().isEmpty()) {
            return Optional.empty();
        }
        return tableOfRowType(proc.arguments().get(0).typeOid())
                .filter(table -> table.pgClass().isSelectable())
                .filter(table -> proc.name().startsWith(table.pgClass().name() + "_"));
    }

    /**
     * The table's computed columns that are a scalar of the row alone and allow {@code behavior}
     * ({@code proc:orderBy}, {@code condition:proc:filterBy}: V4's {@code @sortable}, {@code @filterable}).
     */
    List<PgProc> rowValueFunctions(TableRef table, KnownBehavior behavior) {
        return catalog.procs().stream()
                .filter(proc -> proc.arguments().size() == 1 && !proc.returnsSet())
                .filter(proc -> computedColumnTable(proc).filter(table::equals).isPresent())
                .filter(proc -> tableOfRowType(proc.returnTypeOid()).isEmpty())
                .filter(proc -> behaviors.function(proc, KnownBehavior.TYPE_FIELD) && behaviors.function(proc, behavior))
                .toList();
    }

    TableRef table(PgClass pgClass) {
        return tables.get(pgClass.oid());
    }

    /** Adds a field resolved from its parent's JSON, with the plan the compiler follows for it. */
    void field(String typeName, GraphQLFieldDefinition field, FieldPlan plan) {
        if (add(typeName, field)) {
            plans.put(typeName, field.getName(), plan);
        }
    }

    /**
     * Adds a field the compiler reads with its plan, whose value graphql-java then passes through a fetcher of its
     * own (node ids and cursors: JSON arrays that it encodes).
     */
    void field(String typeName, GraphQLFieldDefinition field, FieldPlan plan, DataFetcher<?> fetcher) {
        if (add(typeName, field)) {
            plans.put(typeName, field.getName(), plan);
            code.dataFetcher(FieldCoordinates.coordinates(typeName, field.getName()), fetcher);
        }
    }

    /** Adds a field whose value needs no SQL: its own data fetcher gives it. */
    boolean field(String typeName, GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
        if (!add(typeName, field)) {
            return false;
        }
        code.dataFetcher(FieldCoordinates.coordinates(typeName, field.getName()), fetcher);
        return true;
    }

    /**
     * A field whose name the type already has (two entities named alike, e.g. a table's {@code allItems} and a
     * function {@code all_items}) is left out with a WARNING: the first keeps the name, where PostGraphile 4 refuses
     * to start.
     */
    private boolean add(String typeName, GraphQLFieldDefinition field) {
        if (fields.computeIfAbsent(typeName, t -> new LinkedHashMap<>()).putIfAbsent(field.getName(), field) != null) {
            LOG.warning(() -> "The field " + typeName + "." + field.getName() + (field.getDescription() == null ? ""
                    : " (" + field.getDescription() + ")") + " is left out of the API: " + typeName + " already has a field of that name. Give one of the "
                    + "entities another name with a smart comment (@name).");
            return false;
        }
        return true;
    }

    /** Adds a root field of the Query type, compiled into one SQL statement. */
    void queryField(GraphQLFieldDefinition field, FieldPlan plan) {
        if (field(FixedNames.QUERY, field, rootFetchers.query(plan))) {
            plans.put(FixedNames.QUERY, field.getName(), plan);
        }
    }

    /** Adds a mutation: a root field of the Mutation type with its one argument {@code input}. */
    void mutationField(String name, String description, GraphQLInputObjectType input, GraphQLOutputType payload,
                       MutationPlan plan) {
        mutationField(name, description, null, input, payload, plan);
    }

    /** Adds a mutation, deprecated for the given reason (none when null). */
    void mutationField(String name, String description, String deprecation, GraphQLInputObjectType input,
                       GraphQLOutputType payload, MutationPlan plan) {
        field(FixedNames.MUTATION, GraphQLFieldDefinition.newFieldDefinition().name(name).description(description)
                .deprecate(deprecation)
                .argument(GraphQLArgument.newArgument().name(FixedNames.INPUT)
                        .description("The input of this mutation, one object.")
                        .type(GraphQLNonNull.nonNull(input)))
                .type(payload).build(), rootFetchers.mutation(plan));
    }

    /** A mutation's input type, starting with its {@code clientMutationId} field. */
    GraphQLInputObjectType.Builder mutationInput(String name) {
        return GraphQLInputObjectType.newInputObject().name(name)
                .description("The input of the mutation of the same name.")
                .field(GraphQLInputObjectField.newInputObjectField().name(FixedNames.CLIENT_MUTATION_ID)
                        .description("Any text; the payload gives it back unchanged.")
                        .type(graphql.Scalars.GraphQLString));
    }

    /** Declares that an object type implements an interface. */
    void implement(String typeName, String interfaceName) {
        interfaces.computeIfAbsent(typeName, t -> new LinkedHashSet<>()).add(interfaceName);
    }

    /** Whether the table's row type implements {@code Node}: it has a node id. */
    boolean isNode(TableRef table) {
        return interfaces.getOrDefault(table.typeName(), Set.of()).contains(FixedNames.NODE);
    }

    GraphQLTypeReference[] interfaces(String typeName) {
        return interfaces.getOrDefault(typeName, Set.of()).stream().map(GraphQLTypeReference::typeRef)
                .toArray(GraphQLTypeReference[]::new);
    }

    /**
     * The row types (of tables, views and composite types) with the fields and interfaces the features gave them,
     * then the copies of composite types that domains over them are ({@code AddressDomain}), read as the original.
     */
    List<GraphQLObjectType> tableObjects() {
        List<GraphQLObjectType> objects = new ArrayList<>(tables.values().stream().map(table -> object(table.typeName())
                .description(table.pgClass().doc().description()).withInterfaces(interfaces(table.typeName()))
                .build()).toList());
        for (TypeMapper.CompositeDomain domain : types.compositeDomains()) {
            List<GraphQLFieldDefinition> copied = fields(domain.of());
            copied.forEach(field -> plans.get(domain.of(), field.getName())
                    .ifPresent(plan -> plans.put(domain.name(), field.getName(), plan)));
            objects.add(GraphQLObjectType.newObject().name(domain.name()).description(domain.description())
                    .fields(copied).build());
        }
        return objects;
    }

    List<GraphQLFieldDefinition> fields(String typeName) {
        return List.copyOf(fields.getOrDefault(typeName, Map.of()).values());
    }

    GraphQLObjectType.Builder object(String typeName) {
        return GraphQLObjectType.newObject().name(typeName).fields(fields(typeName));
    }
}
