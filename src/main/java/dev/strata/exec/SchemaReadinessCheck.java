package dev.strata.exec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the GraphQL schema is built ({@code /health/ready}); while it is not, each check tries again. */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements HealthCheck {

    private static final String NAME = "schema";

    @Inject
    Engine engine;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(engine.ready()).build();
    }
}
