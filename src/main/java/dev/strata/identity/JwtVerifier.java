package dev.strata.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a compact JWS token and gives its claims, or refuses it with PostGraphile 4's status and message,
 * checking in the same order as it does (so that each bad token gets the same answer): the token's form, the
 * algorithm, the signature, {@code nbf}, {@code exp}, the audience, the issuer.
 *
 * <p>The algorithm in the token's header only selects among the keys configured for it: HS256/384/512 verify
 * with the shared secret and nothing else, RS* and ES* with the configured public key or the JWKS keys, never
 * with the secret. So {@code alg: none} is refused, and a token signed HS256 with a public key as its "secret"
 * (key confusion) fails the signature check.
 */
final class JwtVerifier {

    private static final Pattern FORM =
            Pattern.compile("^[a-zA-Z0-9\\-_]+?\\.[a-zA-Z0-9\\-_]+?\\.([a-zA-Z0-9\\-_]+)?$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Decoder BASE64 = Base64.getUrlDecoder();

    private final JwtConfig config;
    private final Clock clock;
    private final PublicKey publicKey;
    private final JwksKeys jwks;

    JwtVerifier(JwtConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.publicKey = config.publicKey() == null ? null : PublicKeys.pem(config.publicKey());
        this.jwks = config.jwksUrl() == null ? null : new JwksKeys(config.jwksUrl(), clock);
    }

    /** The verified claims (a JSON object). */
    JsonNode verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw JwtRejection.forbidden("jwt malformed");
        }
        JsonNode header = FORM.matcher(token).matches() ? json(parts[0]).filter(JsonNode::isObject).orElse(null)
                : null;
        if (header == null) {
            throw JwtRejection.forbidden("invalid token");
        }
        JsonNode payload = json(parts[1]).orElseThrow(() -> JwtRejection.forbidden("invalid token"));
        if (parts[2].isEmpty()) {
            throw JwtRejection.forbidden("jwt signature is required");
        }
        JwtAlgorithm algorithm = JwtAlgorithm.named(header.path("alg").asText(null))
                .filter(config::verifies)
                .orElseThrow(() -> JwtRejection.forbidden("invalid algorithm"));
        byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        if (!signatureMatches(algorithm, header.path("kid").asText(null), signed, BASE64.decode(parts[2]))) {
            throw JwtRejection.forbidden("invalid signature");
        }
        checkTimes(payload);
        checkAudience(payload);
        checkIssuer(payload);
        if (!payload.isObject()) {
            throw JwtRejection.forbidden("Invalid JWT payload");
        }
        return payload;
    }

    private void checkTimes(JsonNode payload) {
        long now = clock.instant().getEpochSecond();
        long skew = config.clockSkew().toSeconds();
        JsonNode nbf = payload.get("nbf");
        if (nbf != null) {
            if (!nbf.isNumber()) {
                throw JwtRejection.forbidden("invalid nbf value");
            }
            if (nbf.doubleValue() > now + skew) {
                throw JwtRejection.forbidden("jwt not active");
            }
        }
        JsonNode exp = payload.get("exp");
        if (exp != null) {
            if (!exp.isNumber()) {
                throw JwtRejection.forbidden("invalid exp value");
            }
            if (now >= exp.doubleValue() + skew) {
                throw new JwtRejection(401, "jwt expired");
            }
        }
    }

    private void checkAudience(JsonNode payload) {
        if (config.audiences().isEmpty()) {
            return;
        }
        JsonNode aud = payload.get("aud");
        List<JsonNode> given = new ArrayList<>();
        if (aud != null && aud.isArray()) {
            aud.forEach(given::add);
        } else {
            given.add(aud);
        }
        boolean match = given.stream().anyMatch(value -> value != null && value.isTextual()
                && config.audiences().contains(value.textValue()));
        if (!match) {
            throw JwtRejection.forbidden("jwt audience invalid. expected: " + String.join(" or ", config.audiences()));
        }
    }

    private void checkIssuer(JsonNode payload) {
        if (config.issuers().isEmpty()) {
            return;
        }
        JsonNode iss = payload.get("iss");
        if (iss == null || !iss.isTextual() || !config.issuers().contains(iss.textValue())) {
            throw JwtRejection.forbidden("jwt issuer invalid. expected: " + String.join(",", config.issuers()));
        }
    }

    private boolean signatureMatches(JwtAlgorithm algorithm, String kid, byte[] signed, byte[] signature) {
        try {
            if (algorithm.family == JwtAlgorithm.Family.HMAC) {
                Mac mac = Mac.getInstance(algorithm.javaName);
                mac.init(new SecretKeySpec(config.secret().getBytes(StandardCharsets.UTF_8), algorithm.javaName));
                return MessageDigest.isEqual(mac.doFinal(signed), signature);
            }
            for (PublicKey key : candidates(kid)) {
                if (PublicKeys.fits(key, algorithm)) {
                    Signature verifier = Signature.getInstance(algorithm.javaName);
                    verifier.initVerify(key);
                    verifier.update(signed);
                    if (verifier.verify(signature)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            return false; // e.g. a signature of the wrong length for the key
        }
    }

    /** The configured public key, and the JWKS keys with the token's {@code kid} (all of them without one). */
    private List<PublicKey> candidates(String kid) {
        List<PublicKey> keys = new ArrayList<>();
        if (publicKey != null) {
            keys.add(publicKey);
        }
        if (jwks != null) {
            for (PublicKeys.Keyed keyed : jwks.keys(kid)) {
                if (kid == null || kid.equals(keyed.kid())) {
                    keys.add(keyed.key());
                }
            }
        }
        return keys;
    }

    private static Optional<JsonNode> json(String base64Url) {
        try {
            return Optional.ofNullable(JSON.readTree(BASE64.decode(base64Url)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
