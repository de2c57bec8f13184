package dev.strata.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The application's JWT verification and signing, configured from the {@code strata.jwt.*} and
 * {@code strata.default-role} values (server.xml variables, environment variables; MicroProfile Config), read
 * once on first use.
 */
@ApplicationScoped
public class IdentityConfiguration {

    @Inject
    Config config;

    private volatile JwtConfig jwt;
    private volatile Authenticator authenticator;
    private volatile TokenSigner signer;

    public JwtConfig jwt() {
        JwtConfig current = jwt;
        if (current == null) {
            synchronized (this) {
                if (jwt == null) {
                    jwt = JwtConfig.from(name -> config.getOptionalValue(name, String.class).orElse(null));
                }
                current = jwt;
            }
        }
        return current;
    }

    /** Verifies requests' tokens (the JAX-RS filter's). */
    public Authenticator authenticator() {
        Authenticator current = authenticator;
        if (current == null) {
            synchronized (this) {
                if (authenticator == null) {
                    authenticator = new Authenticator(jwt());
                }
                current = authenticator;
            }
        }
        return current;
    }

    /** Signs the values of the JWT type. */
    public TokenSigner signer() {
        TokenSigner current = signer;
        if (current == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = new TokenSigner(jwt().secret());
                }
                current = signer;
            }
        }
        return current;
    }
}
