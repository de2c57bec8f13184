package dev.strata.http;

import dev.strata.exec.DatabaseUnavailable;
import dev.strata.exec.Engine;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.OperationKind;
import dev.strata.exec.RequestExecutor;
import dev.strata.exec.StrataMetrics;
import dev.strata.schema.UnexpectedFailure;
import graphql.ExecutionResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Timer;

/**
 * {@code POST /graphql} (and {@code GET} for queries) per GraphQL over HTTP: {@code application/json} requests,
 * answered as {@code application/graphql-response+json} or {@code application/json} as the client accepts
 * ({@link ResponseFormat}), the latter with PostGraphile 4's statuses by default ({@link JsonStatus}).
 */
@Path("/graphql")
@ApplicationScoped
public class GraphQLResource {

    private static final Logger LOG = Logger.getLogger(GraphQLResource.class.getName());

    @Inject
    Engine engine;

    @Inject
    @ConfigProperty(name = "strata.http.json-status")
    String jsonStatus;

    @Inject
    StrataMetrics metrics;

    @POST
    public Response post(String body, @Context HttpHeaders headers, @Context HttpServletRequest http) {
        try (Timer.Context timing = metrics.posts().time()) {
            return answerPost(body, headers, http);
        }
    }

    @GET
    public Response get(@QueryParam("query") String query, @QueryParam("operationName") String operationName,
                        @QueryParam("variables") String variables, @QueryParam("extensions") String extensions,
                        @Context HttpHeaders headers, @Context HttpServletRequest http) {
        try (Timer.Context timing = metrics.gets().time()) {
            return answerGet(query, operationName, variables, extensions, headers, http);
        }
    }

    private Response answerPost(String body, HttpHeaders headers, HttpServletRequest http) {
        Optional<ResponseFormat> format = ResponseFormat.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT));
        if (format.isEmpty()) {
            return notAcceptable();
        }
        if (!RequestContentType.parse(headers.getHeaderString(HttpHeaders.CONTENT_TYPE)).isJson()) {
            return answer(format.get(), 415, ResponseBody.errors(
                    "Send the request as application/json (" + RequestContentType.EXPECTED + ").")).build();
        }
        return execute(() -> RequestBody.fromJson(body), format.get(), http);
    }

    private Response answerGet(String query, String operationName, String variables, String extensions,
                               HttpHeaders headers, HttpServletRequest http) {
        Optional<ResponseFormat> format = ResponseFormat.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT));
        if (format.isEmpty()) {
            return notAcceptable();
        }
        if (OperationKind.isMutation(query, operationName)) {
            return answer(format.get(), 405, ResponseBody.errors("Mutations must be sent with POST."))
                    .header("Allow", "POST").build();
        }
        return execute(() -> RequestBody.fromParameters(query, operationName, variables, extensions), format.get(),
                http);
    }

    private Response execute(Supplier<GraphQLRequest> request, ResponseFormat format, HttpServletRequest http) {
        RequestExecutor executor = engine.executor();
        try {
            ExecutionResult result = executor.execute(request.get(), JwtFilter.identity(http).settings());
            if (!result.getErrors().isEmpty()) {
                metrics.errors().inc();
            }
            if (DatabaseUnavailable.in(result)) {
                return unavailable(format, ResponseBody.json(result));
            }
            return answer(format, format.status(result, JsonStatus.of(jsonStatus)), ResponseBody.json(result)).build();
        } catch (RequestBody.BadRequest e) {
            metrics.errors().inc();
            return answer(format, 400, ResponseBody.errors(e.getMessage())).build();
        } catch (SQLException e) {
            metrics.errors().inc();
            if (DatabaseUnavailable.is(e)) {
                LOG.warning(() -> "request failed, the database is not available: " + e.getMessage());
                return unavailable(format, ResponseBody.errors(DatabaseUnavailable.MESSAGE, "code",
                        DatabaseUnavailable.CODE));
            }
            return unexpected(format, e);
        } catch (RuntimeException e) {
            metrics.errors().inc();
            return unexpected(format, e);
        }
    }

    /** 503: the request may succeed once the database is back. */
    private static Response unavailable(ResponseFormat format, String body) {
        return answer(format, 503, body).header("Retry-After", "5").build();
    }

    private static Response unexpected(ResponseFormat format, Exception failure) {
        String id = UnexpectedFailure.log("request", failure);
        return answer(format, 500, ResponseBody.errors(UnexpectedFailure.MESSAGE, "correlationId", id)).build();
    }

    private static Response notAcceptable() {
        return answer(ResponseFormat.JSON, 406, ResponseBody.errors(
                "Accept application/graphql-response+json or application/json.")).build();
    }

    private static Response.ResponseBuilder answer(ResponseFormat format, int status, String body) {
        return Response.status(status).type(format.contentType()).entity(body);
    }
}
