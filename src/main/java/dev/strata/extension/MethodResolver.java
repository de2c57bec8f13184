package dev.strata.extension;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.schema.UnexpectedFailure;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.dataloader.BatchLoaderWithContext;
import org.eclipse.microprofile.graphql.GraphQLException;

/**
 * Calls an extension bean's method for a field: converts the GraphQL arguments (and for a row field, the row's
 * columns the compiled SQL read) to the parameters' Java types, and the answer to what graphql-java completes.
 * Errors follow MicroProfile GraphQL: a {@code GraphQLException}'s or a checked exception's message reaches the
 * client; an unchecked exception is logged with a correlation id and the client sees "Server Error" and the id
 * ({@link UnexpectedFailure}).
 */
final class MethodResolver implements DataFetcher<Object> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Object bean;
    private final Method method;
    private final JavaType[] types;
    private final String[] names;
    private final int source;

    private MethodResolver(Object bean, Method method, int source) {
        this.bean = bean;
        this.method = method;
        this.source = source;
        Parameter[] parameters = method.getParameters();
        this.types = new JavaType[parameters.length];
        this.names = new String[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            types[i] = JSON.getTypeFactory().constructType(parameters[i].getParameterizedType());
            names[i] = JavaTypes.name(parameters[i]);
        }
    }

    /** A root query or mutation field: every parameter is an argument. */
    static MethodResolver forRoot(Object bean, Method method) {
        return new MethodResolver(bean, method, -1);
    }

    /**
     * A field of a row type computed for all rows at once: the {@code @Source List<X>} parameter receives the rows,
     * and the method answers a list of values in the same order.
     */
    static BatchLoaderWithContext<Object, Object> forRows(Object bean, Method method, Parameter source) {
        if (method.getParameterCount() != 1) {
            throw new IllegalArgumentException(method + ": a @Source List parameter must be the only parameter");
        }
        JavaType rows = JSON.getTypeFactory().constructType(source.getParameterizedType());
        return (keys, batch) -> {
            List<Object> environments = batch.getKeyContextsList();
            List<Object> values = new ArrayList<>(keys.size());
            try {
                Object sources = JSON.convertValue(keys, rows);
                List<?> answers = (List<?>) answer(method.invoke(bean, sources));
                if (answers == null || answers.size() != keys.size()) {
                    throw new IllegalStateException(method + " answered " + (answers == null ? "null" : answers.size()
                            + " values") + " for " + keys.size() + " rows");
                }
                values.addAll(answers);
            } catch (InvocationTargetException | IllegalAccessException | RuntimeException e) {
                Function<DataFetchingEnvironment, DataFetcherResult<Object>> failed =
                        failure(method, e instanceof InvocationTargetException ? e.getCause() : e);
                environments.forEach(environment -> values.add(failed.apply((DataFetchingEnvironment) environment)));
            }
            return CompletableFuture.completedFuture(values);
        };
    }

    /** A field of a row type: the {@code @Source} parameter receives the row. */
    static MethodResolver forRow(Object bean, Method method, Parameter source) {
        return new MethodResolver(bean, method, java.util.Arrays.asList(method.getParameters()).indexOf(source));
    }

    @Override
    public Object get(DataFetchingEnvironment environment) {
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Object given = i == source
                    ? ((Map<?, ?>) environment.getSource()).get(environment.getField().getResultKey())
                    : environment.getArgument(names[i]);
            arguments[i] = given == null ? null : JSON.convertValue(given, types[i]);
        }
        try {
            return answer(method.invoke(bean, arguments));
        } catch (InvocationTargetException e) {
            return failure(method, e.getCause()).apply(environment);
        } catch (IllegalAccessException e) {
            return failure(method, e).apply(environment);
        }
    }

    private static Object answer(Object value) {
        if (value instanceof CompletionStage<?> stage) {
            return answer(stage.toCompletableFuture().join());
        }
        if (value instanceof Optional<?> optional) {
            return optional.orElse(null);
        }
        return value;
    }

    /**
     * The error of each field a failure fails, as the client may read it: see the class comment. Logs what it
     * hides once, however many fields share the failure.
     */
    private static Function<DataFetchingEnvironment, DataFetcherResult<Object>> failure(Method method,
                                                                                       Throwable thrown) {
        Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null
                ? thrown.getCause() : thrown;
        if (cause instanceof GraphQLException || !(cause instanceof RuntimeException || cause instanceof Error)) {
            return environment -> DataFetcherResult.newResult()
                    .error(GraphqlErrorBuilder.newError(environment).message(cause.getMessage()).build()).build();
        }
        String id = UnexpectedFailure.log(method.toString(), cause);
        return environment -> DataFetcherResult.newResult()
                .error(UnexpectedFailure.error(environment, "Server Error", id)).build();
    }
}
