package dev.strata.exec;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnmodifiedType;
import graphql.schema.SelectedField;
import java.util.Set;

/**
 * Whether graphql-java's completion of a root field's JSON would give it back unchanged, so that PostgreSQL's text
 * can go into the response as it is ({@link RawJson}). It does when every selected field reads its value from its
 * parent's JSON by its response key (the schema's default data fetcher: no node id or cursor to encode, no
 * interval or range read by field name, no Java code) and is of an object type (no interface or union, whose JSON
 * carries {@code SqlCompiler.TYPE_KEY}), a list of them, or a scalar written as read: {@code String}, {@code Int},
 * {@code Boolean} and the scalars PostgreSQL gives as text; not {@code Float} ({@code 1} is written {@code 1.0}),
 * enums (PostgreSQL's labels are renamed), {@code JSON} (written as a string), nor {@code __typename}.
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
            if (field.getName().startsWith("__") || !asRead(field.getType())) {
                return false;
            }
            for (String parent : field.getObjectTypeNames()) {
                if (code.hasDataFetcher(FieldCoordinates.coordinates(parent, field.getName()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean asRead(GraphQLOutputType type) {
        GraphQLUnmodifiedType named = GraphQLTypeUtil.unwrapAll(type);
        return named instanceof GraphQLObjectType
                || named instanceof GraphQLScalarType scalar && AS_READ.contains(scalar.getName());
    }
}
