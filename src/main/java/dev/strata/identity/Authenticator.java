package dev.strata.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a request's {@code Authorization} header into its {@link Identity}, as PostGraphile 4 does: no header,
 * the default role; {@code Bearer <jwt>} (any case), the token verified and its role claim (else the default
 * role) with all its claims; anything else refused with PostGraphile 4's status and message
 * ({@link JwtRejection}). A header longer than the configured maximum is refused first, with the 431 PostGraphile
 * 4's Node.js server answers to headers over its 16 KiB.
 */
public final class Authenticator {

    private static final Pattern BEARER =
            Pattern.compile("^\\s*bearer\\s+([a-z0-9\\-._~+/]+=*)\\s*$", Pattern.CASE_INSENSITIVE);

    private final JwtConfig config;
    private final JwtVerifier verifier;

    public Authenticator(JwtConfig config) {
        this(config, Clock.systemUTC());
    }

    public Authenticator(JwtConfig config, Clock clock) {
        this.config = config;
        this.verifier = new JwtVerifier(config, clock);
    }

    /**
     * @param authorization the values of the request's {@code Authorization} header (none, one, or several)
     * @throws JwtRejection when the header or its token is refused
     */
    public Identity authenticate(List<String> authorization) {
        if (authorization == null || authorization.isEmpty()) {
            return Identity.anonymous(config.defaultRole());
        }
        if (config.maxLength() > 0 && authorization.stream().mapToLong(String::length).sum() > config.maxLength()) {
            throw new JwtRejection(431, "The Authorization header is longer than the maximum of "
                    + config.maxLength() + " characters.");
        }
        Matcher bearer = authorization.size() == 1 ? BEARER.matcher(authorization.get(0)) : null;
        if (bearer == null || !bearer.matches()) {
            throw new JwtRejection(400, "Authorization header is not of the correct bearer scheme format.");
        }
        JsonNode claims = verifier.verify(bearer.group(1));
        String role = config.roleClaim().role(claims).orElse(config.defaultRole());
        return new Identity(role, claims);
    }
}
