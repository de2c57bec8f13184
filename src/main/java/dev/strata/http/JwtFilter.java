package dev.strata.http;

import dev.strata.identity.Identity;
import dev.strata.identity.IdentityConfiguration;
import dev.strata.identity.TokenPrincipal;
import dev.strata.identity.JwtRejection;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Authenticates every GraphQL request before it runs, the one place that decides who a request runs as: its
 * {@link Identity} ({@link #identity}: the verified token's role and claims, or the default role without a token),
 * which {@link GraphQLResource} runs the request with; a verified token also becomes the request's MicroProfile
 * JWT principal ({@link TokenPrincipal}). A refused token is answered at once with
 * PostGraphile 4's status and {@code {"errors":[{"message":…}]}} (400 malformed header, 403 bad token,
 * 401 expired token). Verification is Strata's own ({@code dev.strata.identity}; docs/IDENTITY.md says why).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class JwtFilter implements ContainerRequestFilter {

    private static final String IDENTITY = Identity.class.getName();

    @Inject
    IdentityConfiguration identity;

    @Context
    HttpServletRequest http;

    /** The identity the filter decided for this request. */
    static Identity identity(HttpServletRequest request) {
        return (Identity) request.getAttribute(IDENTITY);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("graphql", path.startsWith("/") ? 1 : 0)) {
            return;
        }
        try {
            Identity caller = identity.authenticator().authenticate(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
            http.setAttribute(IDENTITY, caller);
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
