package dev.strata.identity;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of a request that carried a verified token, as MicroProfile JWT presents one: the JAX-RS
 * {@code SecurityContext}'s user principal, so application code reads claims the standard way
 * ({@code (JsonWebToken) securityContext.getUserPrincipal()}). The raw token is not kept.
 */
public final class TokenPrincipal implements JsonWebToken {

    private static final Set<String> TIMES = Set.of(Claims.exp.name(), Claims.iat.name(), Claims.nbf.name(),
            Claims.auth_time.name(), Claims.updated_at.name());
    private static final Set<String> STRING_SETS = Set.of(Claims.aud.name(), Claims.groups.name());

    private final Identity identity;

    public TokenPrincipal(Identity identity) {
        if (identity.claims() == null) {
            throw new IllegalArgumentException("an anonymous identity has no token");
        }
        this.identity = identity;
    }

    /** The role and claims the request runs with. */
    public Identity identity() {
        return identity;
    }

    /** MicroProfile JWT's choice of name: {@code upn}, else {@code preferred_username}, else {@code sub}. */
    @Override
    public String getName() {
        for (Claims name : new Claims[] {Claims.upn, Claims.preferred_username, Claims.sub}) {
            JsonNode value = identity.claims().get(name.name());
            if (value != null && value.isTextual()) {
                return value.asText();
            }
        }
        return identity.role();
    }

    @Override
    public Set<String> getClaimNames() {
        Set<String> names = new LinkedHashSet<>();
        identity.claims().fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Standard claims in the types MicroProfile JWT gives them (times as {@code Long}, {@code aud} and
     * {@code groups} as string sets, strings as {@code String}); any other value as a {@code jakarta.json}
     * value.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        JsonNode value = identity.claims().get(claimName);
        if (value == null || value.isNull()) {
            return null;
        }
        if (TIMES.contains(claimName) && value.isNumber()) {
            return (T) Long.valueOf(value.asLong());
        }
        if (STRING_SETS.contains(claimName)) {
            Set<String> strings = new LinkedHashSet<>();
            if (value.isArray()) {
                value.forEach(element -> strings.add(element.asText()));
            } else {
                strings.add(value.asText());
            }
            return (T) strings;
        }
        if (value.isTextual()) {
            return (T) value.asText();
        }
        try (JsonReader reader = Json.createReader(new StringReader(value.toString()))) {
            return (T) reader.readValue();
        }
    }
}
