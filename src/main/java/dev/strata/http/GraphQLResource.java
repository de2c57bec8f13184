package dev.strata.http;

import dev.strata.exec.Engine;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.OperationKind;
import dev.strata.exec.RequestExecutor;
import graphql.ExecutionResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code POST /graphql} (and {@code GET} for queries) per GraphQL over HTTP, answered as PostGraphile 4 does. */
@Path("/graphql")
@ApplicationScoped
public class GraphQLResource {

    private static final Logger LOG = Logger.getLogger(GraphQLResource.class.getName());

    @Inject
    Engine engine;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(String body, @Context HttpServletRequest http) {
        return answer(() -> RequestBody.fromJson(body), http);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@QueryParam("query") String query, @QueryParam("operationName") String operationName,
                        @QueryParam("variables") String variables, @Context HttpServletRequest http) {
        if (OperationKind.isMutation(query, operationName)) {
            return Response.status(405).header("Allow", "POST").type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ResponseBody.errors("Mutations must be sent with POST.")).build();
        }
        return answer(() -> RequestBody.fromParameters(query, operationName, variables), http);
    }

    private Response answer(Supplier<GraphQLRequest> request, HttpServletRequest http) {
        RequestExecutor executor = engine.executor();
        try {
            ExecutionResult result = executor.execute(request.get(), JwtFilter.identity(http).settings());
            return json(ResponseBody.status(result), ResponseBody.json(result));
        } catch (RequestBody.BadRequest e) {
            return json(400, ResponseBody.errors(e.getMessage()));
        } catch (SQLException | RuntimeException e) {
            String id = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "request failed, correlation id " + id, e);
            return json(500, ResponseBody.errors("An unexpected error occurred (correlation id " + id + ")."));
        }
    }

    private static Response json(int status, String body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
