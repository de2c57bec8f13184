package dev.strata.http;

import dev.strata.exec.Engine;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.OperationKind;
import dev.strata.identity.Identity;
import dev.strata.identity.TokenPrincipal;
import graphql.ExecutionResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code POST /graphql} (and {@code GET} for queries) per GraphQL over HTTP, answered as PostGraphile 4 does. */
@Path("/graphql")
@ApplicationScoped
public class GraphQLResource {

    private static final Logger LOG = Logger.getLogger(GraphQLResource.class.getName());

    @Inject
    Engine engine;

    @Inject
    @ConfigProperty(name = "strata.default-role", defaultValue = "")
    String defaultRole;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(String body, @Context SecurityContext security) {
        return answer(() -> RequestBody.fromJson(body), security);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@QueryParam("query") String query, @QueryParam("operationName") String operationName,
                        @QueryParam("variables") String variables, @Context SecurityContext security) {
        if (OperationKind.isMutation(query, operationName)) {
            return Response.status(405).header("Allow", "POST").type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ResponseBody.errors("Mutations must be sent with POST.")).build();
        }
        return answer(() -> RequestBody.fromParameters(query, operationName, variables), security);
    }

    private Response answer(java.util.function.Supplier<GraphQLRequest> request, SecurityContext security) {
        try {
            ExecutionResult result = engine.execute(request.get(), settings(security));
            return json(ResponseBody.status(result), ResponseBody.json(result));
        } catch (RequestBody.BadRequest e) {
            return json(400, ResponseBody.errors(e.getMessage()));
        } catch (SQLException | RuntimeException e) {
            String id = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "request failed, correlation id " + id, e);
            return json(500, ResponseBody.errors("An unexpected error occurred (correlation id " + id + ")."));
        }
    }

    /** The role and claims of the request: its verified token's ({@link JwtFilter}), else the default role. */
    private Map<String, String> settings(SecurityContext security) {
        Principal caller = security == null ? null : security.getUserPrincipal();
        return (caller instanceof TokenPrincipal token ? token.identity() : Identity.anonymous(defaultRole))
                .settings();
    }

    private static Response json(int status, String body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
