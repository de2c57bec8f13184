package dev.strata.http;

import dev.strata.identity.TokenPrincipal;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The security context of a request with a verified token: its {@link TokenPrincipal}, in the token's role. */
record TokenSecurityContext(TokenPrincipal principal, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    /** In the database role the request runs as, or in one of the token's {@code groups}. */
    @Override
    public boolean isUserInRole(String role) {
        return role != null && (role.equals(principal.identity().role()) || principal.getGroups().contains(role));
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
