package dev.strata.extension;

import dev.strata.schema.SchemaExtension;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.graphql.GraphQLApi;

/**
 * Finds the application's MicroProfile GraphQL beans: every class annotated {@code @GraphQLApi} in the WAR or a
 * jar on its class path, as CDI discovers it. Each becomes one {@link SchemaExtension}.
 */
public class GraphQLApiBeans implements Extension {

    private final List<Class<?>> classes = new ArrayList<>();

    <T> void collect(@Observes @WithAnnotations(GraphQLApi.class) ProcessAnnotatedType<T> type) {
        Class<T> found = type.getAnnotatedType().getJavaClass();
        if (found.isAnnotationPresent(GraphQLApi.class)) {
            classes.add(found);
        }
    }

    /** The package of the demo's sample beans, merged only when asked for. */
    private static final String SAMPLES = "dev.strata.sample";

    /**
     * One extension per bean, in class name order; each bean instance is the CDI container's.
     *
     * @param samples whether to merge Strata's own sample beans ({@code strata.samples})
     */
    public List<SchemaExtension> extensions(boolean samples) {
        return classes.stream().filter(bean -> samples || !bean.getPackageName().equals(SAMPLES))
                .sorted(Comparator.comparing(Class::getName))
                .<SchemaExtension>map(bean -> new JavaApi(bean, () -> CDI.current().select(bean).get()))
                .toList();
    }
}
