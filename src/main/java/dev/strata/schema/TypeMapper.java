package dev.strata.schema;

import dev.strata.catalog.Catalog;
import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgType;
import dev.strata.naming.Inflector;
import graphql.Scalars;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeReference;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * The GraphQL type of a PostgreSQL type, as PostGraphile 4 maps them. Types are nullable; callers wrap. A type that
 * cannot be mapped (an enum with a label that gives no GraphQL name) has none: what uses it is left out, and it is
 * logged once as a WARNING.
 */
final class TypeMapper {

    private static final Logger LOG = Logger.getLogger(TypeMapper.class.getName());

    private static final Map<String, GraphQLScalarType> BUILT_IN = Map.ofEntries(
            Map.entry("int2", Scalars.GraphQLInt), Map.entry("int4", Scalars.GraphQLInt),
            Map.entry("int8", CustomScalars.BIG_INT),
            Map.entry("float4", Scalars.GraphQLFloat), Map.entry("float8", Scalars.GraphQLFloat),
            Map.entry("numeric", CustomScalars.BIG_FLOAT), Map.entry("money", Scalars.GraphQLFloat),
            Map.entry("bool", Scalars.GraphQLBoolean),
            Map.entry("uuid", CustomScalars.UUID),
            Map.entry("timestamp", CustomScalars.DATETIME), Map.entry("timestamptz", CustomScalars.DATETIME),
            Map.entry("date", CustomScalars.DATE),
            Map.entry("time", CustomScalars.TIME), Map.entry("timetz", CustomScalars.TIME),
            Map.entry("bit", CustomScalars.BIT_STRING), Map.entry("varbit", CustomScalars.BIT_STRING),
            Map.entry("inet", CustomScalars.INTERNET_ADDRESS));

    private final Catalog catalog;
    private final Inflector inflector;
    private final GraphQLScalarType json;
    private final LongFunction<Optional<String>> rowTypeNames;
    private final LongFunction<Optional<GraphQLInputObjectType>> tableRowInputs;
    private final ValueObjectTypes valueObjects;
    private final Map<Long, Optional<GraphQLEnumType>> enums = new HashMap<>();
    private final Map<Long, GraphQLScalarType> domainScalars = new HashMap<>();
    private final Map<Long, Optional<GraphQLInputObjectType>> compositeInputs = new HashMap<>();
    private final Map<Long, GraphQLInputObjectType> domainInputs = new HashMap<>();
    private final Map<String, CompositeDomain> compositeDomains = new LinkedHashMap<>();
    private final long jwtTypeOid;
    private final GraphQLScalarType jwtScalar;
    private final Predicate<PgType> namedTypes;

    /**
     * @param json         the {@code JSON} scalar: JSON text or, with {@code --dynamic-json}, JSON values
     * @param rowTypeNames the GraphQL object type name for the row type of an exposed table or composite type
     * @param tableRowInputs the input type of an exposed table's row type ({@code ShelfInput}, the create
     *                       mutation's), which PostGraphile 4 gives arguments of that type
     * @param jwtTypeOid   the JWT composite type ({@link JwtType}), output as {@code jwtScalar}; 0 for none
     * @param namedTypes   whether an enum type or a domain keeps its GraphQL name ({@link ServableNames}); columns
     *                     and arguments of one that does not are left out
     * @param valueObjectTypes told of each object type whose fields read their parent's JSON by field name
     */
    TypeMapper(Catalog catalog, Inflector inflector, GraphQLScalarType json,
               LongFunction<Optional<String>> rowTypeNames,
               LongFunction<Optional<GraphQLInputObjectType>> tableRowInputs, long jwtTypeOid,
               GraphQLScalarType jwtScalar, Predicate<PgType> namedTypes,
               Consumer<GraphQLObjectType> valueObjectTypes) {
        this.catalog = catalog;
        this.inflector = inflector;
        this.json = json;
        this.rowTypeNames = rowTypeNames;
        this.tableRowInputs = tableRowInputs;
        this.jwtTypeOid = jwtTypeOid;
        this.jwtScalar = jwtScalar;
        this.namedTypes = namedTypes;
        this.valueObjects = new ValueObjectTypes(inflector, valueObjectTypes);
    }

    /** The {@code JSON} scalar of this schema. */
    GraphQLScalarType json() {
        return json;
    }

    /** The output type, or empty when the type cannot be represented (e.g. an unexposed composite). */
    Optional<GraphQLOutputType> output(long typeOid) {
        return map(typeOid, true).map(type -> (GraphQLOutputType) type);
    }

    /** The input type, or empty when the type cannot be given as an argument (e.g. a table's row type). */
    Optional<GraphQLInputType> input(long typeOid) {
        return map(typeOid, false).map(type -> (GraphQLInputType) type);
    }

    private Optional<GraphQLType> map(long typeOid, boolean output) {
        PgType type = catalog.type(typeOid);
        if (type.isDomain()) {
            return domain(type, output);
        }
        if (type.isArray()) {
            return map(type.elementOid(), output).map(GraphQLList::list);
        }
        if (type.isEnum()) {
            return namedTypes.test(type) ? enumType(type, type).map(GraphQLType.class::cast) : Optional.empty();
        }
        if (type.isComposite() && type.oid() == jwtTypeOid) {
            return output ? Optional.of(jwtScalar) : Optional.empty();
        }
        if (type.isComposite()) {
            return output ? rowTypeNames.apply(type.oid()).map(GraphQLTypeReference::typeRef)
                    : compositeInput(type).map(GraphQLType.class::cast);
        }
        if (type.isRange()) {
            return range(type, output);
        }
        if (type.kind() == 'p') {
            return Optional.empty();
        }
        if (type.schema().equals("pg_catalog") && type.name().equals("interval")) {
            return Optional.of(output ? valueObjects.interval() : valueObjects.intervalInput());
        }
        if (type.schema().equals("pg_catalog") && (type.name().equals("json") || type.name().equals("jsonb"))) {
            return Optional.of(json);
        }
        if (type.schema().equals("pg_catalog") && BUILT_IN.containsKey(type.name())) {
            return Optional.of(BUILT_IN.get(type.name()));
        }
        if (type.name().equals("hstore") && type.kind() == 'b') {
            return Optional.of(CustomScalars.KEY_VALUE_HASH);
        }
        return Optional.of(Scalars.GraphQLString);
    }

    /**
     * The object types of the domains over composite types that an output used: each a copy of its composite's
     * object type under the domain's name ({@code AddressDomain}), as PostGraphile 4 makes them.
     */
    Collection<CompositeDomain> compositeDomains() {
        return compositeDomains.values();
    }

    /**
     * A domain over a scalar is a scalar of its own name coerced as its base; over an enum, an enum of its own name
     * with the base's values; over a composite type (directly or through other domains), a copy of the composite's
     * object and input types under its own name; over anything else, its base's type.
     */
    private Optional<GraphQLType> domain(PgType domain, boolean output) {
        if (!namedTypes.test(domain)) {
            return Optional.empty();
        }
        PgType base = catalog.type(domain.baseOid());
        if (base.isEnum()) {
            return namedTypes.test(base) && enumType(base, base).isPresent()
                    ? enumType(domain, base).map(GraphQLType.class::cast) : Optional.empty();
        }
        PgType composite = base;
        while (composite.isDomain()) {
            composite = catalog.type(composite.baseOid());
        }
        if (composite.isComposite()) {
            return map(composite.oid(), output).map(mapped -> compositeCopy(domain, mapped));
        }
        return map(base.oid(), output).map(mapped -> mapped instanceof GraphQLScalarType scalar
                && !base.isDomain() ? domainScalars.computeIfAbsent(domain.oid(), oid -> GraphQLScalarType
                        .newScalar().name(inflector.domainType(domain)).description(domain.doc().description())
                        .coercing(scalar.getCoercing()).build())
                : mapped);
    }

    /** The copy of a composite's object type (a reference to it) or input type under the domain's name. */
    private GraphQLType compositeCopy(PgType domain, GraphQLType composite) {
        String name = inflector.domainType(domain);
        if (composite instanceof GraphQLTypeReference reference) {
            compositeDomains.putIfAbsent(name, new CompositeDomain(name, domain.doc().description(),
                    reference.getName()));
            return GraphQLTypeReference.typeRef(name);
        }
        if (composite instanceof GraphQLInputObjectType input) {
            return domainInputs.computeIfAbsent(domain.oid(), oid -> input.transform(copy -> copy
                    .name(inflector.inputType(name)).description(domain.doc().description())));
        }
        return composite; // the JWT type's scalar
    }

    private Optional<GraphQLType> range(PgType range, boolean output) {
        Optional<GraphQLOutputType> subtype = output(range.rangeSubtypeOid());
        if (subtype.isEmpty() || !(subtype.get() instanceof GraphQLNamedType named)) {
            return Optional.empty();
        }
        if (output) {
            return Optional.of(valueObjects.range(subtype.get()));
        }
        return input(range.rangeSubtypeOid()).map(input -> valueObjects.rangeInput(named.getName(), input));
    }

    /**
     * {@code AddressInput}: the fields of an exposed composite type, each as its input type; a table's row type
     * takes its create input ({@code ShelfInput}).
     */
    private Optional<GraphQLInputObjectType> compositeInput(PgType type) {
        Optional<GraphQLInputObjectType> made = compositeInputs.get(type.oid());
        if (made != null) {
            return made;
        }
        Optional<PgClass> composite = catalog.classByTypeOid(type.oid());
        if (composite.isPresent() && composite.get().isSelectable()) {
            return tableRowInputs.apply(type.oid());
        }
        Optional<String> typeName = rowTypeNames.apply(type.oid());
        if (composite.isEmpty() || typeName.isEmpty()) {
            return Optional.empty();
        }
        GraphQLInputObjectType.Builder input = GraphQLInputObjectType.newInputObject()
                .name(inflector.inputType(typeName.get()))
                .description("A `" + typeName.get() + "`, given as an argument or a column's value.");
        for (PgAttribute attribute : composite.get().attributes()) {
            input(attribute.typeOid()).ifPresent(field -> input.field(GraphQLInputObjectField.newInputObjectField()
                    .name(inflector.column(attribute)).description(attribute.doc().description()).type(field)));
        }
        Optional<GraphQLInputObjectType> built = Optional.of(input.build());
        compositeInputs.put(type.oid(), built);
        return built;
    }

    /** The enum of {@code named} (an enum, or a domain over one) with the labels of {@code labels}. */
    private Optional<GraphQLEnumType> enumType(PgType named, PgType labels) {
        return enums.computeIfAbsent(named.oid(), oid -> {
            Map<String, GraphQLEnumValueDefinition> values = new LinkedHashMap<>();
            for (int i = 0; i < labels.enumValues().size(); i++) {
                String label = labels.enumValues().get(i);
                Optional<String> name = inflector.enumValue(label);
                if (name.isEmpty()) {
                    LOG.warning(() -> "The enum type " + labels.qualifiedName() + " is left out of the API, with "
                            + "every column, argument and function that uses it: its label '" + label
                            + "' gives no valid GraphQL enum value name.");
                    return Optional.empty();
                }
                // labels with the same name: the last one wins, as in PostGraphile 4
                values.put(name.get(), GraphQLEnumValueDefinition.newEnumValueDefinition().name(name.get())
                        .value(label).description(labels.enumDescription(i).orElse(null)).build());
            }
            GraphQLEnumType.Builder builder = GraphQLEnumType.newEnum().name(inflector.enumType(named))
                    .description(named.doc().description());
            values.values().forEach(builder::value);
            return Optional.of(builder.build());
        });
    }

    /** A domain over a composite type: its object type has the fields of the composite's, {@code of}. */
    record CompositeDomain(String name, String description, String of) {
    }
}
