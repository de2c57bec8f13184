package dev.strata.exec;

import dev.strata.schema.Fetchers;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnmodifiedType;
import graphql.schema.SelectedField;
import java.util.Set;

/**
 * Whether PostgreSQL can write a root field's JSON as graphql-java's completion would, so that its text goes into
 * the response as it is ({@link RawJson}; the compiler then writes enums by their GraphQL names and encodes node ids
 * and cursors, {@code SqlCompiler.query(..., true)}). It can when every selected field reads its value from its
 * parent's JSON by its response key (the schema's default data fetcher, or the one of node ids and cursors: no
 * interval or range read by field name, no Java code) and is of an object type (no interface or union, whose JSON
 * carries {@code SqlCompiler.TYPE_KEY}), a list of them, an enum (not a list of enums), or a scalar written as read:
 * {@code String}, {@code Int}, {@code Boolean} and the scalars PostgreSQL gives as text; not
 * {@code Float} ({@code 1} is written {@code 1.0}), {@code JSON} (written as a string), nor {@code __typename}.
 */
final class Splicing {

    private static final Set<String> AS_READ = Set.of("String", "Int", "Boolean", "Datetime", "Date", "Time",
            "BigInt", "BigFloat", "UUID", "BitString", "InternetAddress");

    private Splicing() {
    }

    static boolean completesAsRead(DataFetchingEnvironment environment) {
        if (!asRead(environment.getFieldType())) {
            return false;
        }
        GraphQLCodeRegistry code = environment.getGraphQLSchema().getCodeRegistry();
        for (SelectedField field : environment.getSelectionSet().getFields()) {
            if (field.getName().startsWith("__") || !asRead(field, code)) {
                return false;
            }
        }
        return true;
    }

    /** A node id or cursor (encoded by PostgreSQL), or a field of a type written as read by the default fetcher. */
    private static boolean asRead(SelectedField field, GraphQLCodeRegistry code) {
        boolean encoded = false;
        for (String parent : field.getObjectTypeNames()) {
            FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field.getName());
            if (code.hasDataFetcher(coordinates)) {
                if (!Fetchers.encodes(code.getDataFetcher(coordinates, field.getFieldDefinitions().get(0)))) {
                    return false;
                }
                encoded = true;
            }
        }
        return encoded || asRead(field.getType());
    }

    private static boolean asRead(GraphQLOutputType type) {
        GraphQLUnmodifiedType named = GraphQLTypeUtil.unwrapAll(type);
        return named instanceof GraphQLObjectType
                || named instanceof GraphQLEnumType && GraphQLTypeUtil.unwrapNonNull(type) == named
                || named instanceof GraphQLScalarType scalar && AS_READ.contains(scalar.getName());
    }
}
