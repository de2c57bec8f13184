package dev.strata.http;

import dev.strata.identity.Identity;
import dev.strata.identity.IdentityConfiguration;
import dev.strata.identity.TokenPrincipal;
import dev.strata.identity.JwtRejection;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Authenticates every GraphQL request before it runs: a verified bearer token becomes the request's
 * MicroProfile JWT principal ({@link TokenPrincipal}, whose {@link Identity} {@link GraphQLResource} runs the
 * request with; no token: the default role), or the request is answered at once with
 * PostGraphile 4's status and {@code {"errors":[{"message":…}]}} (400 malformed header, 403 bad token,
 * 401 expired token). Verification is Strata's own ({@code dev.strata.identity}; docs/IDENTITY.md says why).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class JwtFilter implements ContainerRequestFilter {

    @Inject
    IdentityConfiguration identity;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("graphql")) {
            return;
        }
        try {
            Identity caller = identity.authenticator().authenticate(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
            if (caller.claims() != null) {
                request.setSecurityContext(new TokenSecurityContext(new TokenPrincipal(caller),
                        request.getSecurityContext().isSecure()));
            }
        } catch (JwtRejection rejection) {
            request.abortWith(Response.status(rejection.status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ResponseBody.errors(rejection.getMessage())).build());
        }
    }
}
