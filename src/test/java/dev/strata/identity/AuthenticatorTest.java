package dev.strata.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JWT matrix without a server: every answer checked against PostGraphile 4.14.1 (status and message; see
 * docs/IDENTITY.md for the few cases that differ on purpose).
 */
class AuthenticatorTest {

    static final long NOW = 1_800_000_000L;
    static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    static final String SECRET = "keyboard_kitten";
    static final String PERSON = "{\"role\":\"forum_example_person\",\"person_id\":1,\"aud\":\"postgraphile\"}";

    static Map<String, String> tutorial() {
        Map<String, String> config = new HashMap<>();
        config.put("strata.jwt.secret", SECRET);
        config.put("strata.jwt.algorithms", "HS256,HS384,HS512,RS256,RS384,RS512,ES256,ES384,ES512");
        config.put("strata.jwt.audience", "postgraphile");
        config.put("strata.default-role", "forum_example_anonymous");
        return config;
    }

    static Authenticator authenticator(Map<String, String> config) {
        return new Authenticator(JwtConfig.from(config::get), CLOCK);
    }

    static Identity bearer(String token) {
        return authenticator(tutorial()).authenticate(List.of("Bearer " + token));
    }

    static void refused(int status, String message, String token) {
        refused(status, message, tutorial(), List.of("Bearer " + token));
    }

    static void refused(int status, String message, Map<String, String> config, List<String> header) {
        JwtRejection rejection = assertThrows(JwtRejection.class, () -> authenticator(config).authenticate(header));
        assertEquals(status + " " + message, rejection.status() + " " + rejection.getMessage());
    }

    @Test
    void headerLongerThanTheMaximumIsRefusedWith431BeforeItIsParsed() {
        Map<String, String> config = tutorial();
        config.put("strata.jwt.max-length", "8192");
        refused(431, "The Authorization header is longer than the maximum of 8192 characters.", config,
                List.of("Bearer " + "a".repeat(8186)));
        refused(403, "jwt malformed", config, List.of("Bearer " + "a".repeat(8185)));
    }

    @Test
    void noHeaderIsTheDefaultRole() {
        Identity identity = authenticator(tutorial()).authenticate(List.of());
        assertEquals(Map.of("role", "forum_example_anonymous"), identity.settings());
        assertNull(identity.claims());
    }

    @Test
    void validTokenGivesRoleAndEveryClaim() {
        Identity identity = bearer(Tokens.hs256(PERSON, SECRET));
        assertEquals("{role=forum_example_person, jwt.claims.role=forum_example_person, jwt.claims.person_id=1, "
                + "jwt.claims.aud=postgraphile}", identity.settings().toString());
    }

    @Test
    void bearerSchemeInAnyCase() {
        String token = Tokens.hs256(PERSON, SECRET);
        for (String scheme : List.of("bearer ", "BEARER ", "  Bearer   ")) {
            assertEquals("forum_example_person",
                    authenticator(tutorial()).authenticate(List.of(scheme + token)).role());
        }
    }

    @Test
    void otherSchemesAndEmptyOrRepeatedHeadersAreBadRequests() {
        String message = "Authorization header is not of the correct bearer scheme format.";
        String token = Tokens.hs256(PERSON, SECRET);
        refused(400, message, tutorial(), List.of("Basic " + token));
        refused(400, message, tutorial(), List.of("Bearer "));
        refused(400, message, tutorial(), List.of("Bearer a b"));
        refused(400, message, tutorial(), List.of("Bearer " + token, "Bearer " + token));
    }

    @Test
    void garbageIsMalformedOrInvalid() {
        refused(403, "jwt malformed", "garbage");
        refused(403, "jwt malformed", "a.b.c.d");
        refused(403, "invalid token", "a.b.c");
        refused(403, "invalid token", Tokens.b64("zzz") + "." + Tokens.b64(PERSON) + ".x");
    }

    @Test
    void badSignature() {
        refused(403, "invalid signature", Tokens.hs256(PERSON, "not the secret"));
        String good = Tokens.hs256(PERSON, SECRET);
        refused(403, "invalid signature", good.substring(0, good.length() - 2) + "AA");
    }

    @Test
    void algNoneIsRefused() {
        String unsigned = Tokens.b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + Tokens.b64(PERSON);
        refused(403, "jwt signature is required", unsigned + ".");
        refused(403, "invalid algorithm", unsigned + ".c2lnbmF0dXJl");
    }

    @Test
    void everyHmacAlgorithmVerifiesWithTheSecret() {
        for (String algorithm : List.of("HS256", "HS384", "HS512")) {
            String token = Tokens.hmac(algorithm, "{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}", PERSON, SECRET);
            assertEquals("forum_example_person", bearer(token).role());
        }
    }

    @Test
    void audience() {
        String expected = "jwt audience invalid. expected: postgraphile";
        refused(403, expected, Tokens.hs256("{\"role\":\"r\",\"aud\":\"other\"}", SECRET));
        refused(403, expected, Tokens.hs256("{\"role\":\"r\"}", SECRET));
        refused(403, expected, Tokens.hs256("{\"aud\":5}", SECRET));
        refused(403, expected, Tokens.hs256("{\"aud\":[5,null]}", SECRET));
        assertEquals("r", bearer(Tokens.hs256("{\"role\":\"r\",\"aud\":[\"x\",\"postgraphile\"]}", SECRET)).role());
        Map<String, String> two = tutorial();
        two.put("strata.jwt.audience", "a, b");
        refused(403, "jwt audience invalid. expected: a or b", two,
                List.of("Bearer " + Tokens.hs256("{\"aud\":\"postgraphile\"}", SECRET)));
        Map<String, String> none = tutorial();
        none.put("strata.jwt.audience", "");
        assertEquals("forum_example_anonymous",
                authenticator(none).authenticate(List.of("Bearer " + Tokens.hs256("{}", SECRET))).role());
    }

    @Test
    void expiryAndNotBefore() {
        refused(401, "jwt expired", Tokens.hs256("{\"aud\":\"postgraphile\",\"exp\":" + (NOW - 1) + "}", SECRET));
        refused(401, "jwt expired", Tokens.hs256("{\"aud\":\"postgraphile\",\"exp\":" + NOW + "}", SECRET));
        refused(403, "invalid exp value", Tokens.hs256("{\"aud\":\"postgraphile\",\"exp\":\"tomorrow\"}", SECRET));
        refused(403, "invalid exp value", Tokens.hs256("{\"aud\":\"postgraphile\",\"exp\":null}", SECRET));
        refused(403, "jwt not active", Tokens.hs256("{\"aud\":\"postgraphile\",\"nbf\":" + (NOW + 10) + "}", SECRET));
        refused(403, "invalid nbf value", Tokens.hs256("{\"aud\":\"postgraphile\",\"nbf\":\"x\"}", SECRET));
        // iat is not checked, as in PostGraphile 4
        bearer(Tokens.hs256("{\"aud\":\"postgraphile\",\"iat\":\"x\",\"exp\":" + (NOW + 1) + "}", SECRET));
        // the signature is checked before the times: a forged expired token is a bad signature
        refused(403, "invalid signature", Tokens.hs256("{\"aud\":\"postgraphile\",\"exp\":1}", "forged"));
    }

    @Test
    void clockSkewToleratesTimesJustPast() {
        Map<String, String> config = tutorial();
        config.put("strata.jwt.clock-skew", "30");
        String token = Tokens.hs256("{\"aud\":\"postgraphile\",\"exp\":" + (NOW - 10) + ",\"nbf\":" + (NOW + 10) + "}",
                SECRET);
        assertEquals("forum_example_anonymous", authenticator(config).authenticate(List.of("Bearer " + token)).role());
    }

    @Test
    void issuerIsCheckedOnlyWhenConfigured() {
        String none = Tokens.hs256("{\"aud\":\"postgraphile\"}", SECRET);
        bearer(none);
        Map<String, String> config = tutorial();
        config.put("strata.jwt.issuer", "https://idp.example,postgraphile");
        refused(403, "jwt issuer invalid. expected: https://idp.example,postgraphile", config,
                List.of("Bearer " + none));
        authenticator(config).authenticate(List.of("Bearer "
                + Tokens.hs256("{\"aud\":\"postgraphile\",\"iss\":\"postgraphile\"}", SECRET)));
    }

    @Test
    void missingRoleClaimIsTheDefaultRoleWithTheClaims() {
        Identity identity = bearer(Tokens.hs256("{\"aud\":\"postgraphile\",\"person_id\":3}", SECRET));
        assertEquals("{role=forum_example_anonymous, jwt.claims.aud=postgraphile, jwt.claims.person_id=3}",
                identity.settings().toString());
    }

    @Test
    void roleClaimMustBeAString() {
        refused(403, "JWT `role` claim must be a string. Instead found 'number'.",
                Tokens.hs256("{\"aud\":\"postgraphile\",\"role\":5}", SECRET));
        refused(403, "JWT `role` claim must be a string. Instead found 'object'.",
                Tokens.hs256("{\"aud\":\"postgraphile\",\"role\":null}", SECRET));
    }

    @Test
    void payloadThatIsNotAnObjectIsRefusedAfterItsSignature() {
        refused(403, "invalid signature", Tokens.hs256("[1,2]", "forged"));
        refused(403, "jwt audience invalid. expected: postgraphile", Tokens.hs256("[1,2]", SECRET));
        Map<String, String> config = tutorial();
        config.put("strata.jwt.audience", "");
        refused(403, "Invalid JWT payload", config, List.of("Bearer " + Tokens.hs256("\"text\"", SECRET)));
    }

    @Test
    void nestedRoleClaimPath() {
        String token = Tokens.hs256("{\"aud\":\"postgraphile\",\"https://example.com/claims\":"
                + "{\"role\":\"forum_example_person\"},\"app\":{\"db\":{\"role\":\"r2\"}}}", SECRET);
        for (String path : List.of("https://example.com/claims.role", "https://example.com/claims,role")) {
            Map<String, String> config = tutorial();
            config.put("strata.jwt.role-claim", path);
            Identity identity = authenticator(config).authenticate(List.of("Bearer " + token));
            assertEquals("forum_example_person", identity.role(), path);
            // a claim name PostgreSQL refuses in a setting name sets nothing (PostGraphile 4 fails the request)
            assertEquals("{role=forum_example_person, jwt.claims.aud=postgraphile, "
                    + "jwt.claims.app={\"db\":{\"role\":\"r2\"}}}", identity.settings().toString());
        }
        Map<String, String> config = tutorial();
        config.put("strata.jwt.role-claim", "app.db.role");
        assertEquals("r2", authenticator(config).authenticate(List.of("Bearer " + token)).role());
        config.put("strata.jwt.role-claim", "app.nothing.role");
        assertEquals("forum_example_anonymous", authenticator(config).authenticate(List.of("Bearer " + token)).role());
        config.put("strata.jwt.role-claim", "app.db");
        refused(403, "JWT `role` claim must be a string. Instead found 'undefined'.", config,
                List.of("Bearer " + token));
    }

    @Test
    void rsaAndEcTokensVerifyWithThePublicKeyOnly() throws Exception {
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        KeyPairGenerator ecGenerator = KeyPairGenerator.getInstance("EC");
        ecGenerator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ec = ecGenerator.generateKeyPair();
        for (KeyPair pair : List.of(rsa, ec)) {
            boolean isRsa = pair == rsa;
            Map<String, String> config = tutorial();
            config.put("strata.jwt.public-key", pem(pair));
            String header = isRsa ? "{\"alg\":\"RS256\",\"typ\":\"JWT\"}" : "{\"alg\":\"ES256\",\"typ\":\"JWT\"}";
            String javaName = isRsa ? "SHA256withRSA" : "SHA256withECDSAinP1363Format";
            String token = Tokens.signed(header, PERSON, pair.getPrivate(), javaName);
            assertEquals("forum_example_person",
                    authenticator(config).authenticate(List.of("Bearer " + token)).role());
            // key confusion: the public key's PEM text used as an HMAC secret is not the secret
            refused(403, "invalid signature", config, List.of("Bearer " + Tokens.hs256(PERSON, pem(pair))));
            // without a shared secret, HMAC tokens are not accepted at all
            config.remove("strata.jwt.secret");
            refused(403, "invalid algorithm", config, List.of("Bearer " + Tokens.hs256(PERSON, pem(pair))));
            // and an RS/ES token is refused when no public key is configured
            refused(403, "invalid algorithm", tutorial(), List.of("Bearer " + token));
        }
    }

    @Test
    void restrictedAlgorithms() {
        Map<String, String> config = tutorial();
        config.put("strata.jwt.algorithms", "HS256");
        String hs512 = Tokens.hmac("HS512", "{\"alg\":\"HS512\",\"typ\":\"JWT\"}", PERSON, SECRET);
        refused(403, "invalid algorithm", config, List.of("Bearer " + hs512));
    }

    static String pem(KeyPair pair) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
