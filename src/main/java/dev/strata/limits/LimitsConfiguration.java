package dev.strata.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@link RequestLimits} of the server.xml variables {@code strata.limits.*} (README, Configuration). */
@ApplicationScoped
public class LimitsConfiguration {

    @Inject
    @ConfigProperty(name = "strata.limits.max-depth")
    int maxDepth;

    @Inject
    @ConfigProperty(name = "strata.limits.max-cost")
    long maxCost;

    @Inject
    @ConfigProperty(name = "strata.limits.max-page-size")
    int maxPageSize;

    @Inject
    @ConfigProperty(name = "strata.limits.max-fields")
    int maxFields;

    @Inject
    @ConfigProperty(name = "strata.limits.max-aliases")
    int maxAliases;

    @Inject
    @ConfigProperty(name = "strata.limits.max-sql-length")
    int maxSqlLength;

    @Inject
    @ConfigProperty(name = "strata.limits.introspection")
    boolean introspection;

    @Inject
    @ConfigProperty(name = "strata.limits.statement-timeout")
    String statementTimeout;

    @Inject
    @ConfigProperty(name = "strata.db.jit")
    String jit;

    public RequestLimits limits() {
        return new RequestLimits(maxDepth, maxCost, maxPageSize, maxFields, maxAliases, maxSqlLength, introspection,
                statementTimeout, jit);
    }
}
