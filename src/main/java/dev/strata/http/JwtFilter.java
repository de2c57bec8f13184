package dev.strata.http;

import dev.strata.identity.Identity;
import dev.strata.identity.IdentityConfiguration;
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
 * Authenticates every GraphQL request before it runs: the {@code Authorization} header becomes the request's
 * {@link Identity} (role and claims, read by {@link GraphQLResource}), or the request is answered at once with
 * PostGraphile 4's status and {@code {"errors":[{"message":…}]}} (400 malformed header, 403 bad token,
 * 401 expired token). Verification is Strata's own ({@code dev.strata.identity}; docs/IDENTITY.md says why).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class JwtFilter implements ContainerRequestFilter {

    /** The request property holding the {@link Identity}. */
    static final String IDENTITY = Identity.class.getName();

    @Inject
    IdentityConfiguration identity;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("graphql")) {
            return;
        }
        try {
            request.setProperty(IDENTITY, identity.authenticator()
                    .authenticate(request.getHeaders().get(HttpHeaders.AUTHORIZATION)));
        } catch (JwtRejection rejection) {
            request.abortWith(Response.status(rejection.status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ResponseBody.errors(rejection.getMessage())).build());
        }
    }
}
