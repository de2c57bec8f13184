package dev.strata.schema;

import dev.strata.catalog.Catalog;
import dev.strata.catalog.PgType;
import dev.strata.naming.Inflector;
import graphql.Scalars;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/** The GraphQL type of a PostgreSQL type, as PostGraphile 4 maps them. Types are nullable; callers wrap. */
final class TypeMapper {

    private static final Map<String, GraphQLScalarType> BUILT_IN = Map.ofEntries(
            Map.entry("int2", Scalars.GraphQLInt), Map.entry("int4", Scalars.GraphQLInt),
            Map.entry("int8", dev.strata.schema.CustomScalars.BIG_INT),
            Map.entry("float4", Scalars.GraphQLFloat), Map.entry("float8", Scalars.GraphQLFloat),
            Map.entry("numeric", dev.strata.schema.CustomScalars.BIG_FLOAT), Map.entry("money", Scalars.GraphQLFloat),
            Map.entry("bool", Scalars.GraphQLBoolean),
            Map.entry("uuid", dev.strata.schema.CustomScalars.UUID),
            Map.entry("json", dev.strata.schema.CustomScalars.JSON), Map.entry("jsonb", dev.strata.schema.CustomScalars.JSON),
            Map.entry("timestamp", dev.strata.schema.CustomScalars.DATETIME),
            Map.entry("timestamptz", dev.strata.schema.CustomScalars.DATETIME),
            Map.entry("date", dev.strata.schema.CustomScalars.DATE),
            Map.entry("time", dev.strata.schema.CustomScalars.TIME), Map.entry("timetz", dev.strata.schema.CustomScalars.TIME),
            Map.entry("interval", dev.strata.schema.CustomScalars.INTERVAL));

    private final Catalog catalog;
    private final Inflector inflector;
    private final LongFunction<Optional<String>> rowTypeNames;
    private final Map<Long, GraphQLEnumType> enums = new HashMap<>();
    private final long jwtTypeOid;
    private final GraphQLScalarType jwtScalar;
    private final Predicate<PgType> exposedEnums;

    /**
     * @param rowTypeNames the GraphQL object type name for the row type of an exposed table or composite type
     * @param jwtTypeOid   the JWT composite type ({@link JwtType}), output as {@code jwtScalar}; 0 for none
     * @param exposedEnums whether an enum type has a GraphQL type (its {@code select} behavior); columns and
     *                     arguments of an enum without one are left out
     */
    TypeMapper(Catalog catalog, Inflector inflector, LongFunction<Optional<String>> rowTypeNames, long jwtTypeOid,
               GraphQLScalarType jwtScalar, Predicate<PgType> exposedEnums) {
        this.catalog = catalog;
        this.inflector = inflector;
        this.rowTypeNames = rowTypeNames;
        this.jwtTypeOid = jwtTypeOid;
        this.jwtScalar = jwtScalar;
        this.exposedEnums = exposedEnums;
    }

    /** The output type, or empty when the type cannot be represented (e.g. an unexposed composite). */
    Optional<GraphQLOutputType> output(long typeOid) {
        return map(typeOid, true).map(type -> (GraphQLOutputType) type);
    }

    /** The input type, or empty when the type cannot be given as an argument (composite types). */
    Optional<GraphQLInputType> input(long typeOid) {
        return map(typeOid, false).map(type -> (GraphQLInputType) type);
    }

    private Optional<GraphQLType> map(long typeOid, boolean output) {
        PgType type = catalog.type(typeOid);
        if (type.isDomain()) {
            return map(type.baseOid(), output);
        }
        if (type.isArray()) {
            return map(type.elementOid(), output).map(GraphQLList::list);
        }
        if (type.isEnum()) {
            return exposedEnums.test(type) ? Optional.of(enumType(type)) : Optional.empty();
        }
        if (type.isComposite() && type.oid() == jwtTypeOid) {
            return output ? Optional.of(jwtScalar) : Optional.empty();
        }
        if (type.isComposite()) {
            return output ? rowTypeNames.apply(type.oid()).map(GraphQLTypeReference::typeRef) : Optional.empty();
        }
        if (type.kind() == 'p') {
            return Optional.empty();
        }
        if (type.schema().equals("pg_catalog") && BUILT_IN.containsKey(type.name())) {
            return Optional.of(BUILT_IN.get(type.name()));
        }
        return Optional.of(Scalars.GraphQLString);
    }

    GraphQLEnumType enumType(PgType type) {
        return enums.computeIfAbsent(type.oid(), oid -> {
            GraphQLEnumType.Builder builder = GraphQLEnumType.newEnum().name(inflector.enumType(type))
                    .description(type.doc().description());
            type.enumValues().forEach(label -> builder.value(inflector.enumValue(label), label));
            return builder.build();
        });
    }
}
