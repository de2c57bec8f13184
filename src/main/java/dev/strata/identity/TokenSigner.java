package dev.strata.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the value of the JWT composite type ({@code forum_example.jwt_token}) as PostGraphile 4 does: header
 * {@code {"alg":"HS256","typ":"JWT"}}; claims = the type's attributes in order (nulls included), then {@code iat}
 * (now), {@code exp} ({@code iat} + one day, unless the type has a non-empty {@code exp} attribute, which is then
 * a number), {@code aud} and {@code iss} {@code postgraphile} (unless the type has them); HS256 with the
 * configured secret.
 */
public final class TokenSigner {

    static final Duration LIFETIME = Duration.ofDays(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final String secret;
    private final Clock clock;

    /** @param secret the shared secret ({@code strata.jwt.secret}); null: signing fails (no secret configured) */
    public TokenSigner(String secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    public TokenSigner(String secret) {
        this(secret, Clock.systemUTC());
    }

    /**
     * The token for a composite value given as its attributes by name (in attribute order).
     *
     * @throws IllegalStateException when no secret is configured
     */
    public String sign(Map<String, ?> attributes) {
        if (secret == null) {
            throw new IllegalStateException("Strata cannot sign a JWT: no secret is configured (strata.jwt.secret)");
        }
        ObjectNode claims = JSON.createObjectNode();
        attributes.forEach((name, value) -> claims.set(name, JSON.valueToTree(value)));
        if (claims.has("exp")) {
            JsonNode exp = claims.get("exp");
            if (truthy(exp)) {
                claims.put("exp", exp.isNumber() ? exp.doubleValue() : parseFloat(exp.asText()));
            } else {
                claims.remove("exp");
            }
        }
        long now = clock.instant().getEpochSecond();
        if (!claims.has("iat")) {
            claims.put("iat", now);
        }
        if (!claims.has("exp")) {
            claims.put("exp", claims.get("iat").asLong(now) + LIFETIME.toSeconds());
        }
        defaultClaim(claims, "aud");
        defaultClaim(claims, "iss");
        String payload = base64(ClaimText.json(claims).getBytes(StandardCharsets.UTF_8));
        return HEADER + "." + payload + "." + base64(hmac(HEADER + "." + payload));
    }

    private static void defaultClaim(ObjectNode claims, String name) {
        if (!truthy(claims.get(name))) {
            claims.put(name, "postgraphile"); // in place when the type has it (empty), else last
        }
    }

    private byte[] hmac(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static boolean truthy(JsonNode value) {
        return value != null && !value.isNull() && !(value.isTextual() && value.textValue().isEmpty())
                && !(value.isNumber() && value.doubleValue() == 0) && !(value.isBoolean() && !value.booleanValue());
    }

    /** JavaScript's parseFloat of a text (NaN as null in JSON). */
    private static double parseFloat(String text) {
        java.util.regex.Matcher number = java.util.regex.Pattern
                .compile("^\\s*[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?)").matcher(text);
        return number.find() ? Double.parseDouble(number.group().strip()) : Double.NaN;
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
