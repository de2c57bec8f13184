package dev.strata.extension;

import dev.strata.schema.ExtensionContext;
import dev.strata.schema.SchemaExtension;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeReference;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * One {@code @GraphQLApi} bean as fields of the schema: each {@code @Query} method a Query field, each
 * {@code @Mutation} method a Mutation field, each method with a {@code @Source} parameter of a generated row type
 * ({@code Post}) a field of that type, computed from the row's columns the parameter's class names.
 */
final class JavaApi implements SchemaExtension {

    private final Class<?> beanClass;
    private final Supplier<Object> bean;

    JavaApi(Class<?> beanClass, Supplier<Object> bean) {
        this.beanClass = beanClass;
        this.bean = bean;
    }

    @Override
    public String name() {
        return beanClass.getName();
    }

    @Override
    public void extend(ExtensionContext context) {
        JavaTypes types = new JavaTypes(context);
        Object instance = bean.get();
        List<Method> methods = Arrays.stream(beanClass.getMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .sorted(Comparator.comparing(Method::getName)).toList();
        for (Method method : methods) {
            Parameter source = sourceParameter(method);
            if (source != null && List.class.isAssignableFrom(source.getType())) {
                Class<?> row = JavaTypes.elementClass(source.getParameterizedType());
                context.addBatchedRowField(JavaTypes.typeName(row), field(method, fieldName(method, null),
                        types.output(JavaTypes.elementType(method.getGenericReturnType()), method), types), JavaTypes.properties(row),
                        MethodResolver.forRows(instance, method, source));
            } else if (source != null) {
                String typeName = JavaTypes.typeName(source.getType());
                context.addRowField(typeName, field(method, fieldName(method, null),
                        types.output(method.getGenericReturnType(), method), types), JavaTypes.properties(source.getType()), MethodResolver.forRow(instance, method, source));
            } else if (rowsOf(method, context) != null && (method.isAnnotationPresent(Query.class)
                    || method.isAnnotationPresent(Mutation.class))) {
                addRowsField(context, method, instance, types);
            } else if (method.isAnnotationPresent(Query.class)) {
                context.addQueryField(field(method, fieldName(method, method.getAnnotation(Query.class).value()),
                        types.output(method.getGenericReturnType(), method), types), MethodResolver.forRoot(instance, method));
            } else if (method.isAnnotationPresent(Mutation.class)) {
                context.addMutationField(field(method, fieldName(method,
                        method.getAnnotation(Mutation.class).value()), types.output(method.getGenericReturnType(), method),
                        types),
                        MethodResolver.forRoot(instance, method));
            }
        }
    }

    /** A root field answering rows of a generated type: Java gives their keys, SQL reads the selection. */
    private void addRowsField(ExtensionContext context, Method method, Object instance, JavaTypes types) {
        boolean mutation = method.isAnnotationPresent(Mutation.class);
        String annotated = mutation ? method.getAnnotation(Mutation.class).value()
                : method.getAnnotation(Query.class).value();
        Class<?> row = rowsOf(method, context);
        boolean list = JavaTypes.isCollection(JavaTypes.unwrapped(method.getGenericReturnType()));
        GraphQLOutputType rowType = GraphQLTypeReference.typeRef(JavaTypes.typeName(row));
        context.addRowsField(mutation, field(method, fieldName(method, annotated),
                        list ? GraphQLList.list(rowType) : rowType, types), JavaTypes.typeName(row), list,
                MethodResolver.forRoot(instance, method));
    }

    /** The Java class of the generated rows a method answers (one, or a collection of them), or null. */
    private static Class<?> rowsOf(Method method, ExtensionContext context) {
        java.lang.reflect.Type answer = JavaTypes.unwrapped(method.getGenericReturnType());
        java.lang.reflect.Type row = JavaTypes.isCollection(answer) ? JavaTypes.elementType(answer) : answer;
        return row instanceof Class<?> type && context.isKeyedRowType(JavaTypes.typeName(type)) ? type : null;
    }

    /** The field of a method, of the given type, with the method's arguments. */
    private GraphQLFieldDefinition field(Method method, String name, GraphQLOutputType type, JavaTypes types) {
        GraphQLFieldDefinition.Builder field = GraphQLFieldDefinition.newFieldDefinition().name(name).type(type);
        Description description = method.getAnnotation(Description.class);
        if (description != null) {
            field.description(description.value());
        }
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(Source.class)) {
                continue;
            }
            GraphQLArgument.Builder argument = GraphQLArgument.newArgument().name(JavaTypes.name(parameter))
                    .type(types.input(parameter.getParameterizedType(), parameter));
            DefaultValue defaultValue = parameter.getAnnotation(DefaultValue.class);
            if (defaultValue != null) {
                argument.defaultValueProgrammatic(JavaTypes.defaultValue(defaultValue.value(),
                        parameter.getType()));
            }
            Description argumentDescription = parameter.getAnnotation(Description.class);
            if (argumentDescription != null) {
                argument.description(argumentDescription.value());
            }
            field.argument(argument);
        }
        return field.build();
    }

    /** The field's name: the annotation's value, else {@code @Name}, else the method's (without {@code get}). */
    private static String fieldName(Method method, String annotated) {
        if (annotated != null && !annotated.isEmpty()) {
            return annotated;
        }
        org.eclipse.microprofile.graphql.Name name = method.getAnnotation(org.eclipse.microprofile.graphql.Name.class);
        if (name != null) {
            return name.value();
        }
        String plain = method.getName();
        if (plain.startsWith("get") && plain.length() > 3 && Character.isUpperCase(plain.charAt(3))) {
            return Character.toLowerCase(plain.charAt(3)) + plain.substring(4);
        }
        return plain;
    }

    private static Parameter sourceParameter(Method method) {
        List<Parameter> sources = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(Source.class)) {
                sources.add(parameter);
            }
        }
        if (sources.size() > 1) {
            throw new IllegalArgumentException(method + " has more than one @Source parameter");
        }
        return sources.isEmpty() ? null : sources.get(0);
    }
}
