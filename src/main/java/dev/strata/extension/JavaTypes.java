package dev.strata.extension;

import static graphql.schema.GraphQLNonNull.nonNull;

import dev.strata.schema.ExtensionContext;
import dev.strata.schema.IdScalar;
import graphql.Scalars;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.PropertyDataFetcher;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * MicroProfile GraphQL's mapping of Java types to GraphQL types, for one extension: scalars (primitives are
 * non-null), {@code @Id}, enums, lists and arrays, {@code Optional} (nullable) and {@code CompletionStage} (its
 * value), records and classes as object types (their properties as fields) and, as arguments, as input types
 * ({@code @Input} or the class name + {@code Input}); {@code @Name}, {@code @Description}, {@code @NonNull},
 * {@code @Ignore}. Each type is made once and added to the schema.
 */
final class JavaTypes {

    private final ExtensionContext context;
    private final Set<String> made = new HashSet<>();

    JavaTypes(ExtensionContext context) {
        this.context = context;
    }

    GraphQLOutputType output(Type type, AnnotatedElement element) {
        return (GraphQLOutputType) nullability(map(unwrapped(type), element, false), type, element);
    }

    GraphQLInputType input(Type type, AnnotatedElement element) {
        return (GraphQLInputType) nullability(map(unwrapped(type), element, true), type, element);
    }

    /** The GraphQL type name of a class: {@code @Name}, else its simple name. */
    static String typeName(Class<?> type) {
        Name name = type.getAnnotation(Name.class);
        return name != null ? name.value() : type.getSimpleName();
    }

    /** The element type of a {@code List<X>} (or other collection) type. */
    static Type elementType(Type collection) {
        if (collection instanceof ParameterizedType parameterized
                && Collection.class.isAssignableFrom((Class<?>) parameterized.getRawType())) {
            return parameterized.getActualTypeArguments()[0];
        }
        throw new IllegalArgumentException(collection.getTypeName() + " is not a list type");
    }

    /** Whether a type is a collection (a {@code List<X>}, say). */
    static boolean isCollection(Type type) {
        return type instanceof ParameterizedType parameterized
                && Collection.class.isAssignableFrom((Class<?>) parameterized.getRawType());
    }

    /** The element class of a {@code List<X>} type. */
    static Class<?> elementClass(Type collection) {
        return (Class<?>) elementType(collection);
    }

    /** The name of a parameter or property: {@code @Name}, else its Java name. */
    static String name(java.lang.reflect.Parameter parameter) {
        Name name = parameter.getAnnotation(Name.class);
        return name != null ? name.value() : parameter.getName();
    }

    /** The properties of a record (its components) or class (its instance fields) that are not {@code @Ignore}d. */
    static List<String> properties(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                // a component's annotations (targets FIELD, METHOD) are on its field and its accessor
                if (!component.getAccessor().isAnnotationPresent(Ignore.class)) {
                    names.add(propertyName(component.getAccessor(), component.getName()));
                }
            }
        } else {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(Ignore.class)) {
                    names.add(propertyName(field, field.getName()));
                }
            }
        }
        return names;
    }

    /** A {@code @DefaultValue} text as a value of the argument's Java type. */
    static Object defaultValue(String text, Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return Double.valueOf(text);
        }
        return text;
    }

    private static String propertyName(AnnotatedElement element, String javaName) {
        Name name = element.getAnnotation(Name.class);
        return name != null ? name.value() : javaName;
    }

    private GraphQLType map(Type type, AnnotatedElement element, boolean input) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                Type element0 = parameterized.getActualTypeArguments()[0];
                return GraphQLList.list(map(unwrapped(element0), null, input));
            }
            throw unsupported(type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isArray()) {
            return GraphQLList.list(map(raw.getComponentType(), null, input));
        }
        if (element != null && element.isAnnotationPresent(Id.class)) {
            return IdScalar.ID;
        }
        GraphQLType scalar = scalar(raw);
        if (scalar != null) {
            return scalar;
        }
        if (raw.isEnum()) {
            return enumType(raw);
        }
        if (raw.isPrimitive() || raw.getName().startsWith("java.")) {
            throw unsupported(type);
        }
        return input ? inputType(raw) : objectType(raw);
    }

    private GraphQLType scalar(Class<?> raw) {
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return Scalars.GraphQLString;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Scalars.GraphQLBoolean;
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class
                || raw == byte.class || raw == Byte.class) {
            return Scalars.GraphQLInt;
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return Scalars.GraphQLFloat;
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return context.scalar("BigInt");
        }
        if (raw == BigDecimal.class) {
            return context.scalar("BigFloat");
        }
        if (raw == java.util.UUID.class) {
            return context.scalar("UUID");
        }
        return null;
    }

    private GraphQLType enumType(Class<?> raw) {
        String name = typeName(raw);
        if (made.add(name)) {
            GraphQLEnumType.Builder values = GraphQLEnumType.newEnum().name(name).description(description(raw));
            for (Object constant : raw.getEnumConstants()) {
                values.value(((Enum<?>) constant).name(), constant);
            }
            context.addType(values.build());
        }
        return GraphQLTypeReference.typeRef(name);
    }

    private GraphQLType objectType(Class<?> raw) {
        String name = typeName(raw);
        if (context.hasType(name) && !made.contains(name)) {
            throw new IllegalArgumentException(raw.getName() + " would be the GraphQL type " + name
                    + ", which the schema already has; give it another @Name");
        }
        if (made.add(name)) {
            GraphQLObjectType.Builder object = GraphQLObjectType.newObject().name(name).description(description(raw));
            List<String> fields = new ArrayList<>();
            forEachProperty(raw, (property, type, element) -> {
                object.field(GraphQLFieldDefinition.newFieldDefinition().name(property)
                        .description(description(element)).type(output(type, element)));
                fields.add(property);
            });
            GraphQLObjectType built = object.build();
            context.addType(built);
            // The generated schema reads fields by response key from JSON objects; Java objects by property.
            fields.forEach(field -> context.resolveField(built, field, PropertyDataFetcher.fetching(field)));
        }
        return GraphQLTypeReference.typeRef(name);
    }

    private GraphQLType inputType(Class<?> raw) {
        Input input = raw.getAnnotation(Input.class);
        String name = input != null && !input.value().isEmpty() ? input.value() : typeName(raw) + "Input";
        if (made.add(name)) {
            GraphQLInputObjectType.Builder object = GraphQLInputObjectType.newInputObject().name(name)
                    .description(description(raw));
            forEachProperty(raw, (property, type, element) -> object.field(GraphQLInputObjectField
                    .newInputObjectField().name(property).description(description(element))
                    .type(input(type, element))));
            context.addType(object.build());
        }
        return GraphQLTypeReference.typeRef(name);
    }

    private interface PropertyVisitor {
        void visit(String name, Type type, AnnotatedElement element);
    }

    private static void forEachProperty(Class<?> raw, PropertyVisitor visitor) {
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                Method accessor = component.getAccessor();
                if (!accessor.isAnnotationPresent(Ignore.class)) {
                    visitor.visit(propertyName(accessor, component.getName()), component.getGenericType(), accessor);
                }
            }
            return;
        }
        for (Field field : raw.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(Ignore.class)) {
                visitor.visit(propertyName(field, field.getName()), field.getGenericType(), field);
            }
        }
    }

    /** The type a value stands for: {@code Optional<T>} and {@code CompletionStage<T>} stand for T. */
    static Type unwrapped(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == Optional.class || CompletionStage.class.isAssignableFrom(raw)) {
                return unwrapped(parameterized.getActualTypeArguments()[0]);
            }
        }
        return type;
    }

    /** Non-null for primitives and {@code @NonNull}; {@code Optional} stays nullable. */
    private static GraphQLType nullability(GraphQLType mapped, Type declared, AnnotatedElement element) {
        boolean primitive = declared instanceof Class<?> raw && raw.isPrimitive();
        boolean annotated = element != null && element.isAnnotationPresent(NonNull.class);
        return primitive || annotated ? nonNull(mapped) : mapped;
    }

    private static String description(AnnotatedElement element) {
        Description description = element == null ? null : element.getAnnotation(Description.class);
        return description == null ? null : description.value();
    }

    private static IllegalArgumentException unsupported(Type type) {
        return new IllegalArgumentException("no GraphQL type for the Java type " + type.getTypeName());
    }
}
