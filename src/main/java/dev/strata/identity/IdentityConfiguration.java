package dev.strata.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The application's JWT verification and signing, configured once from the {@code strata.jwt.*} and
 * {@code strata.default-role} values (server.xml variables, environment variables; MicroProfile Config).
 */
@ApplicationScoped
public class IdentityConfiguration {

    @Inject
    Config config;

    private Authenticator authenticator;
    private TokenSigner signer;

    @PostConstruct
    void configure() {
        JwtConfig jwt = JwtConfig.from(name -> config.getOptionalValue(name, String.class).orElse(null));
        authenticator = new Authenticator(jwt);
        signer = new TokenSigner(jwt.secret());
    }

    /** Verifies requests' tokens (the JAX-RS filter's). */
    public Authenticator authenticator() {
        return authenticator;
    }

    /** Signs the values of the JWT type. */
    public TokenSigner signer() {
        return signer;
    }
}
