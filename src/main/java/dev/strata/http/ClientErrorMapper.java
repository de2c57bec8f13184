package dev.strata.http;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers what JAX-RS refuses itself (404 no such path, 405 method, 406 not acceptable, 415 body type) with its
 * status, its {@code Allow} header and a GraphQL error body: no exception name in a header, no stack trace logged.
 */
@Provider
public class ClientErrorMapper implements ExceptionMapper<ClientErrorException> {

    @Override
    public Response toResponse(ClientErrorException exception) {
        Response refused = exception.getResponse();
        Response.ResponseBuilder answer = Response.status(refused.getStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ResponseBody.errors(refused.getStatusInfo().getReasonPhrase() + "."));
        String allow = refused.getHeaderString("Allow");
        return allow == null ? answer.build() : answer.header("Allow", allow).build();
    }
}
