package dev.strata.http;

import dev.strata.exec.Engine.SchemaNotReady;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 503 with a {@code Retry-After} while the schema is not built: the request may succeed once the database
 * answers. The reason is in the server log, not in the answer (it may name hosts).
 */
@Provider
public class SchemaNotReadyMapper implements ExceptionMapper<SchemaNotReady> {

    @Override
    public Response toResponse(SchemaNotReady exception) {
        return Response.status(503).header("Retry-After", "5").type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ResponseBody.errors("The GraphQL schema is not ready yet; try again shortly.")).build();
    }
}
