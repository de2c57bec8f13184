package dev.strata.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens from the JWT type, as PostGraphile 4 signs them (checked against a token it signed). */
class TokenSignerTest {

    private static final TokenSigner SIGNER = new TokenSigner("keyboard_kitten", AuthenticatorTest.CLOCK);

    private static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void attributesThenIatExpAudIss() {
        Map<String, Object> jwt = new LinkedHashMap<>();
        jwt.put("role", "forum_example_person");
        jwt.put("person_id", 1);
        String token = SIGNER.sign(jwt);
        assertEquals("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", token.split("\\.")[0]);
        long now = AuthenticatorTest.NOW;
        assertEquals("{\"role\":\"forum_example_person\",\"person_id\":1,\"iat\":" + now + ",\"exp\":" + (now + 86400)
                + ",\"aud\":\"postgraphile\",\"iss\":\"postgraphile\"}", payload(token));
    }

    @Test
    void signedTokensVerifyAndCarryTheirClaims() {
        Map<String, Object> jwt = new LinkedHashMap<>();
        jwt.put("role", "forum_example_person");
        jwt.put("person_id", 7);
        Identity identity = AuthenticatorTest.bearer(SIGNER.sign(jwt));
        assertEquals("forum_example_person", identity.role());
        assertEquals("7", identity.settings().get("jwt.claims.person_id"));
    }

    @Test
    void theTypesOwnExpAudienceAndIssuerWin() {
        Map<String, Object> jwt = new LinkedHashMap<>();
        jwt.put("exp", "1900000000");
        jwt.put("aud", "app");
        jwt.put("iss", null);
        jwt.put("sub", null);
        assertEquals("{\"exp\":1900000000,\"aud\":\"app\",\"iss\":\"postgraphile\",\"sub\":null,\"iat\":"
                + AuthenticatorTest.NOW + "}", payload(SIGNER.sign(jwt)));
        jwt.put("exp", null);
        assertEquals(List.of("aud", "iss", "sub", "iat", "exp"), List.copyOf(keys(payload(SIGNER.sign(jwt)))));
    }

    @Test
    void noSecretNoToken() {
        assertThrows(IllegalStateException.class, () -> new TokenSigner(null).sign(Map.of("a", 1)));
    }

    private static java.util.Set<String> keys(String json) {
        try {
            java.util.Set<String> keys = new java.util.LinkedHashSet<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).fieldNames().forEachRemaining(keys::add);
            return keys;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
