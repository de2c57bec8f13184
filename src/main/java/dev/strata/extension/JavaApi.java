package dev.strata.extension;

import dev.strata.schema.ExtensionContext;
import dev.strata.schema.SchemaExtension;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputType;
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
                        JavaTypes.elementType(method.getGenericReturnType()), types), JavaTypes.properties(row),
                        MethodResolver.forRows(instance, method, source));
            } else if (source != null) {
                String typeName = JavaTypes.typeName(source.getType());
                context.addRowField(typeName, field(method, fieldName(method, null), method.getGenericReturnType(),
                        types), JavaTypes.properties(source.getType()), MethodResolver.forRow(instance, method, source));
            } else if (method.isAnnotationPresent(Query.class)) {
                context.addQueryField(field(method, fieldName(method, method.getAnnotation(Query.class).value()),
                        method.getGenericReturnType(), types), MethodResolver.forRoot(instance, method));
            } else if (method.isAnnotationPresent(Mutation.class)) {
                context.addMutationField(field(method, fieldName(method,
                        method.getAnnotation(Mutation.class).value()), method.getGenericReturnType(), types),
                        MethodResolver.forRoot(instance, method));
            }
        }
    }

    /** The field of a method, whose values are of type {@code returns}. */
    private GraphQLFieldDefinition field(Method method, String name, java.lang.reflect.Type returns, JavaTypes types) {
        GraphQLFieldDefinition.Builder field = GraphQLFieldDefinition.newFieldDefinition().name(name)
                .type(types.output(returns, method));
        Description description = method.getAnnotation(Description.class);
        if (description != null) {
            field.description(description.value());
        }
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(Source.class)) {
                continue;
            }
            GraphQLInputType type = types.input(parameter.getParameterizedType(), parameter);
            GraphQLArgument.Builder argument = GraphQLArgument.newArgument().name(JavaTypes.name(parameter))
                    .type(type);
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
