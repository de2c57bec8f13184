package dev.strata.exec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Strata's application metrics ({@code /metrics?scope=application}, docs/OPERATIONS.md).
 *
 * <p>Looked up in the registry at each use rather than registered once by annotations: Liberty removes an
 * application's metrics from the shared registry when another application with the same metric names (a test
 * archive) is undeployed, and an annotated method then fails with "No Timer metric found".
 */
@ApplicationScoped
public class StrataMetrics {

    private static final Metadata REQUESTS = Metadata.builder().withName("strata.graphql.requests")
            .withDescription("GraphQL requests answered, and their time").build();
    private static final Metadata ERRORS = Metadata.builder().withName("strata.graphql.errors")
            .withDescription("GraphQL requests answered with errors: invalid requests, refusals, failed resolvers")
            .build();
    private static final Metadata SCHEMA_BUILDS = Metadata.builder().withName("strata.schema.builds")
            .withDescription("Attempts to build the GraphQL schema from the database catalog, and their time")
            .build();

    private static final Tag POST = new Tag("method", "POST");
    private static final Tag GET = new Tag("method", "GET");

    @Inject
    MetricRegistry registry;

    /** The timer of GraphQL requests sent with POST. */
    public Timer posts() {
        return registry.timer(REQUESTS, POST);
    }

    /** The timer of GraphQL requests sent with GET. */
    public Timer gets() {
        return registry.timer(REQUESTS, GET);
    }

    public Counter errors() {
        return registry.counter(ERRORS);
    }

    public Timer schemaBuilds() {
        return registry.timer(SCHEMA_BUILDS);
    }
}
