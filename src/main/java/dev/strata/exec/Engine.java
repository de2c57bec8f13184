package dev.strata.exec;


import dev.strata.behavior.BehaviorReport;
import dev.strata.boot.StrataDatabase;
import dev.strata.identity.IdentityConfiguration;
import dev.strata.identity.TokenSigner;
import dev.strata.schema.JwtType;

import graphql.ExecutionResult;
import graphql.schema.GraphQLSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The application's {@link GraphQLService}, over the configured database and schemas. */
@ApplicationScoped
public class Engine {

    @Inject
    StrataDatabase database;

    @Inject
    @ConfigProperty(name = "strata.schemas", defaultValue = "forum_example")
    List<String> schemas;

    @Inject
    @ConfigProperty(name = "strata.behavior.default")
    Optional<String> globalBehavior; // server.xml declares it empty, which MicroProfile Config reads as absent

    @Inject
    @ConfigProperty(name = "strata.ignore-rbac", defaultValue = "false")
    boolean ignoreRbac;

    @Inject
    @ConfigProperty(name = "strata.jwt.token-type", defaultValue = "forum_example.jwt_token")
    String jwtTokenType;

    @Inject
    IdentityConfiguration identity;

    private volatile GraphQLService service;

    public ExecutionResult execute(GraphQLRequest request, Map<String, String> settings) throws SQLException {
        return service().execute(request, settings);
    }

    public GraphQLSchema schema() {
        return service().schema();
    }

    /** What shaped the schema (for {@code GET /graphql/behaviors}). */
    public BehaviorReport behaviors() {
        return service().behaviors();
    }

    private GraphQLService service() {
        if (service == null) {
            synchronized (this) {
                if (service == null) {
                    TokenSigner signer = identity.signer();
                    service = new GraphQLService(database.dataSource(), schemas, globalBehavior.orElse("").strip(), ignoreRbac,
                            new JwtType(jwtTokenType.isBlank() ? null : jwtTokenType.strip(), signer::sign));
                }
            }
        }
        return service;
    }
}
