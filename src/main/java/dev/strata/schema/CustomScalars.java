package dev.strata.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * PostGraphile 4's scalars. Values leave PostgreSQL already in their output format (text for 64-bit integers,
 * numerics, JSON and dates), so serializing passes them through; input is accepted as a string (and, for the
 * numeric ones, as a number literal) and handed to PostgreSQL as text, where the column's type checks it.
 */
final class CustomScalars {

    static final GraphQLScalarType CURSOR = text("Cursor", "An opaque pagination cursor.", false);
    static final GraphQLScalarType DATETIME = text("Datetime",
            "A point in time as described by ISO 8601. May or may not include a timezone.", false);
    static final GraphQLScalarType DATE = text("Date", "A calendar date in ISO 8601 format (YYYY-MM-DD).", false);
    static final GraphQLScalarType TIME = text("Time", "A time of day in ISO 8601 format (hh:mm:ss).", false);
    static final GraphQLScalarType BIG_INT = text("BigInt",
            "A signed eight-byte integer, given as a string because it may exceed JavaScript's safe range.", true);
    static final GraphQLScalarType BIG_FLOAT = text("BigFloat",
            "An arbitrary precision decimal number, given as a string to keep every digit.", true);
    static final GraphQLScalarType JSON = GraphQLScalarType.newScalar().name("JSON")
            .description("A JSON value, given as its JSON text.").coercing(new JsonText()).build();
    /** PostGraphile 4's {@code --dynamic-json}: the same {@code JSON} scalar, written and given as JSON values. */
    static final GraphQLScalarType DYNAMIC_JSON = GraphQLScalarType.newScalar().name("JSON")
            .description("A JSON value, given as itself: an object, array, string, number, boolean or null.")
            .coercing(new JsonValue()).build();
    static final GraphQLScalarType UUID = text("UUID", "A universally unique identifier (RFC 4122).", false);
    static final GraphQLScalarType BIT_STRING = text("BitString", "A string of bits, `0` and `1`.", false);
    static final GraphQLScalarType INTERNET_ADDRESS = text("InternetAddress",
            "An IPv4 or IPv6 host address, and optionally its subnet.", false);
    static final GraphQLScalarType KEY_VALUE_HASH = GraphQLScalarType.newScalar().name("KeyValueHash")
            .description("A set of key/value pairs, keys are strings, values a string or null; a JSON object.")
            .coercing(new KeyValueHash()).build();

    private CustomScalars() {
    }

    private static GraphQLScalarType text(String name, String description, boolean numeric) {
        return GraphQLScalarType.newScalar().name(name).description(description)
                .coercing(new PassThrough(name, numeric)).build();
    }

    private record PassThrough(String name, boolean numeric) implements Coercing<Object, Object> {

        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
            return value;
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String || numeric && input instanceof Number) {
                return input.toString();
            }
            throw new CoercingParseValueException(name + " cannot represent " + describe(input));
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                   Locale locale) {
            if (input instanceof StringValue string) {
                return string.getValue();
            }
            if (numeric && input instanceof IntValue integer) {
                return integer.getValue().toString();
            }
            if (numeric && input instanceof FloatValue decimal) {
                return decimal.getValue().toString();
            }
            throw new CoercingParseLiteralException(name + " cannot represent a non-string value");
        }

    }

    /** What kind of JSON value the input is, in JSON's words (never a Java type's name). */
    private static String describe(Object input) {
        if (input == null) {
            return "null";
        }
        if (input instanceof Map) {
            return "an object";
        }
        if (input instanceof Iterable || input.getClass().isArray()) {
            return "a list";
        }
        if (input instanceof Number) {
            return "a number";
        }
        return input instanceof Boolean ? "a boolean" : "this value";
    }

    /** JSON values: read from PostgreSQL as JSON, written as compact JSON text; given as JSON text. */
    private static final class JsonText implements Coercing<Object, Object> {

        private static final ObjectMapper MAPPER = new ObjectMapper();
        private static final PassThrough INPUT = new PassThrough("JSON", false);

        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
            try {
                return MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new CoercingSerializeException("JSON cannot represent " + describe(value), e);
            }
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            return INPUT.parseValue(input, context, locale);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                   Locale locale) {
            return INPUT.parseLiteral(input, variables, context, locale);
        }
    }

    /**
     * JSON values ({@code --dynamic-json}): read from PostgreSQL as JSON and written as they are; given as any
     * GraphQL value (an object literal may hold variables), handed on as JSON text ({@link Given}), which is what
     * the compiler binds for a JSON argument, as {@link JsonText} gives it.
     */
    private static final class JsonValue implements Coercing<Object, Object> {

        private static final ObjectMapper MAPPER = new ObjectMapper();

        /** A given JSON value as its text; a variable inside an object literal reads the value back from it. */
        private record Given(String text) {
            @Override
            public String toString() {
                return text;
            }
        }

        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
            return value;
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            try {
                return new Given(MAPPER.writeValueAsString(input));
            } catch (JsonProcessingException e) {
                throw new CoercingParseValueException("JSON cannot represent " + describe(input), e);
            }
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                   Locale locale) {
            return parseValue(literal(input, variables), context, locale);
        }

        private static Object read(Given given) {
            try {
                return MAPPER.readValue(given.text(), Object.class);
            } catch (JsonProcessingException e) {
                throw new CoercingParseLiteralException("JSON cannot read its own text " + given.text(), e);
            }
        }

        private static Object literal(Value<?> input, CoercedVariables variables) {
            if (input instanceof ObjectValue object) {
                Map<String, Object> map = new LinkedHashMap<>();
                object.getObjectFields().forEach(field -> map.put(field.getName(), literal(field.getValue(), variables)));
                return map;
            }
            if (input instanceof ArrayValue array) {
                return array.getValues().stream().map(value -> literal(value, variables)).toList();
            }
            if (input instanceof VariableReference variable) {
                Object value = variables.get(variable.getName());
                return value instanceof Given given ? read(given) : value;
            }
            if (input instanceof StringValue string) {
                return string.getValue();
            }
            if (input instanceof IntValue integer) {
                return integer.getValue();
            }
            if (input instanceof FloatValue decimal) {
                return decimal.getValue();
            }
            if (input instanceof BooleanValue bool) {
                return bool.isValue();
            }
            if (input instanceof EnumValue name) {
                return name.getName();
            }
            return null;
        }
    }

    /** hstore values: JSON objects whose values are strings or null, in and out. */
    private static final class KeyValueHash implements Coercing<Object, Object> {

        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
            return value;
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof Map<?, ?> map && map.keySet().stream().allMatch(String.class::isInstance)
                    && map.values().stream().allMatch(v -> v == null || v instanceof String)) {
                return input;
            }
            throw new CoercingParseValueException("KeyValueHash cannot represent " + describe(input)
                    + ": it is an object whose values are strings or null");
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                   Locale locale) {
            if (!(input instanceof ObjectValue object)) {
                throw new CoercingParseLiteralException("KeyValueHash cannot represent a non-object value");
            }
            Map<String, String> hash = new LinkedHashMap<>();
            for (ObjectField field : object.getObjectFields()) {
                if (field.getValue() instanceof StringValue string) {
                    hash.put(field.getName(), string.getValue());
                } else if (field.getValue() instanceof NullValue) {
                    hash.put(field.getName(), null);
                } else {
                    throw new CoercingParseLiteralException("KeyValueHash values are strings or null");
                }
            }
            return hash;
        }
    }
}
