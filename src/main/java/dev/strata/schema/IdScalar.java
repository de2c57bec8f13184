package dev.strata.schema;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * The {@code ID} scalar as graphql-js (PostGraphile 4) coerces it: a variable's value must be a string or an integer.
 * graphql-java's own {@code ID} turns any value into its {@code toString()}, so {@code true} or {@code {"x": 1}}
 * would reach a node id decoder as text; this one refuses them as graphql-js does. Every {@code ID} of the schema,
 * generated or declared by a Java extension, is this one type (GraphQL types are unique by name).
 */
public final class IdScalar {

    public static final GraphQLScalarType ID = GraphQLScalarType.newScalar(Scalars.GraphQLID)
            .coercing(new StringOrInteger(Scalars.GraphQLID.getCoercing())).build();

    private IdScalar() {
    }

    private record StringOrInteger(Coercing<?, ?> builtIn) implements Coercing<Object, Object> {

        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
            return builtIn.serialize(value, context, locale);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String || input instanceof Integer || input instanceof Long
                    || input instanceof BigInteger) {
                return input.toString();
            }
            // JSON has one number type: 4.0 is the integer 4 to graphql-js
            if (input instanceof Number number && isInteger(number)) {
                return new BigDecimal(number.toString()).toBigIntegerExact().toString();
            }
            throw new CoercingParseValueException("Expected a value that can be converted to type 'ID' but it was a '"
                    + (input == null ? "null" : input.getClass().getSimpleName()) + "'");
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                   Locale locale) {
            return builtIn.parseLiteral(input, variables, context, locale);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return builtIn.valueToLiteral(input, context, locale);
        }

        private static boolean isInteger(Number number) {
            double value = number.doubleValue();
            return Double.isFinite(value) && value == Math.rint(value);
        }
    }
}
