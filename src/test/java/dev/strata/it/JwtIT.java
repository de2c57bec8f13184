package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JWT matrix over real HTTP against the integration-test server: each case's status and body, as
 * PostGraphile 4.14.1 answers them (checked side by side; docs/IDENTITY.md lists where Strata differs on
 * purpose). The server trusts the tutorial's secret, an RS256 JWKS document this test serves itself, and an
 * ES256 public key (arquillian/liberty-it), and has a pool of ONE connection, so consecutive requests share it.
 * Reads only: the golden mutation sequence may run before or after.
 */
class JwtIT {

    private static final String CURRENT_PERSON = "{\"query\":\"{ currentPerson { id fullName } }\"}";
    private static final String SARA = "{\"data\":{\"currentPerson\":{\"id\":1,\"fullName\":\"Sara Powell\"}}}";
    private static final String NOBODY = "{\"data\":{\"currentPerson\":null}}";
    private static final String HS256 = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    private static final long NOW = Instant.now().getEpochSecond();
    private static final String PERSON_1 = "{\"role\":\"forum_example_person\",\"person_id\":1,\"aud\":\"postgraphile\","
            + "\"exp\":" + (NOW + 3600) + "}";

    private static HttpServer jwks;
    private static KeyPair rsa;

    @BeforeAll
    static void serveJwks() throws Exception {
        rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        RSAPublicKey key = (RSAPublicKey) rsa.getPublic();
        byte[] document = ("{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"it-1\",\"n\":\""
                + b64(unsigned(key.getModulus().toByteArray())) + "\",\"e\":\""
                + b64(unsigned(key.getPublicExponent().toByteArray())) + "\"}]}").getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress("localhost", Integer.getInteger("strata.it.jwks.port", 9082)), 0);
        jwks.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("content-type", "application/json");
            exchange.sendResponseHeaders(200, document.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(document);
            }
        });
        jwks.start();
    }

    @AfterAll
    static void stopJwks() {
        jwks.stop(0);
    }

    // -- no token, valid tokens --

    @Test
    void noHeaderIsTheDefaultRole() {
        assertAnswer(200, NOBODY, StrataServer.postGraphql(CURRENT_PERSON));
    }

    @Test
    void validTokenIsItsPerson() {
        assertAnswer(200, SARA, bearer("Bearer " + hs256(PERSON_1, "keyboard_kitten")));
    }

    @Test
    void bearerInLowerCase() {
        assertAnswer(200, SARA, bearer("bearer " + hs256(PERSON_1, "keyboard_kitten")));
    }

    @Test
    void tutorialFlowWithATokenStrataMinted() {
        StrataServer.Response login = StrataServer.postGraphql("{\"query\":\"mutation { authenticate(input: "
                + "{email: \\\"spowell0@noaa.gov\\\", password: \\\"iFbWWlc\\\"}) { jwtToken } }\"}");
        assertEquals(200, login.status(), login.body());
        String token = login.json().at("/data/authenticate/jwtToken").asText();
        JsonNode claims = json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        assertEquals("forum_example_person 1 postgraphile postgraphile 86400", claims.get("role").asText() + " "
                + claims.get("person_id").asInt() + " " + claims.get("aud").asText() + " " + claims.get("iss").asText()
                + " " + (claims.get("exp").asLong() - claims.get("iat").asLong()));
        assertAnswer(200, SARA, bearer("Bearer " + token));
    }

    @Test
    void missingRoleClaimIsTheDefaultRoleWithTheOtherClaims() {
        // PostGraphile 4 too: the anonymous role may run current_person(), which reads the person_id claim
        assertAnswer(200, SARA, bearer("Bearer " + hs256("{\"person_id\":1,\"aud\":\"postgraphile\"}",
                "keyboard_kitten")));
    }

    // -- refused tokens: PostGraphile 4's status and message --

    @Test
    void garbage() {
        assertRefused(403, "jwt malformed", "Bearer garbage");
        assertRefused(403, "invalid token", "Bearer a.b.c");
    }

    @Test
    void badSignature() {
        assertRefused(403, "invalid signature", "Bearer " + hs256(PERSON_1, "not_the_secret"));
    }

    @Test
    void wrongAudience() {
        assertRefused(403, "jwt audience invalid. expected: postgraphile",
                "Bearer " + hs256("{\"role\":\"forum_example_person\",\"aud\":\"elsewhere\"}", "keyboard_kitten"));
    }

    @Test
    void nonStringAudience() {
        assertRefused(403, "jwt audience invalid. expected: postgraphile",
                "Bearer " + hs256("{\"role\":\"forum_example_person\",\"aud\":42}", "keyboard_kitten"));
    }

    @Test
    void expired() {
        assertRefused(401, "jwt expired", "Bearer " + hs256("{\"role\":\"forum_example_person\",\"aud\":\"postgraphile\","
                + "\"exp\":" + (NOW - 60) + "}", "keyboard_kitten"));
    }

    @Test
    void expAndNbfThatAreNotNumbers() {
        assertRefused(403, "invalid exp value",
                "Bearer " + hs256("{\"aud\":\"postgraphile\",\"exp\":\"soon\"}", "keyboard_kitten"));
        assertRefused(403, "invalid nbf value",
                "Bearer " + hs256("{\"aud\":\"postgraphile\",\"nbf\":\"now\"}", "keyboard_kitten"));
        assertRefused(403, "jwt not active",
                "Bearer " + hs256("{\"aud\":\"postgraphile\",\"nbf\":" + (NOW + 3600) + "}", "keyboard_kitten"));
    }

    @Test
    void algNone() {
        String unsigned = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(PERSON_1);
        assertRefused(403, "jwt signature is required", "Bearer " + unsigned + ".");
        assertRefused(403, "invalid algorithm", "Bearer " + unsigned + "." + b64("x"));
    }

    @Test
    void keyConfusionWithTheRsaPublicKeyAsHmacSecret() {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(rsa.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        assertRefused(403, "invalid signature", "Bearer " + hs256(PERSON_1, pem));
        assertRefused(403, "invalid signature", "Bearer " + sign("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"it-1\"}",
                PERSON_1, null, pem));
    }

    @Test
    void roleClaimThatIsNotAString() {
        assertRefused(403, "JWT `role` claim must be a string. Instead found 'number'.",
                "Bearer " + hs256("{\"role\":7,\"aud\":\"postgraphile\"}", "keyboard_kitten"));
    }

    @Test
    void otherSchemesAreBadRequests() {
        assertRefused(400, "Authorization header is not of the correct bearer scheme format.",
                "Basic " + hs256(PERSON_1, "keyboard_kitten"));
    }

    // -- roles the database refuses: a GraphQL error with the database's message, not a 500 --

    @Test
    void unknownRole() {
        assertAnswer(200, "{\"errors\":[{\"message\":\"role \\\"nobody_here\\\" does not exist\",\"locations\":"
                        + "[{\"line\":1,\"column\":3}],\"path\":[\"currentPerson\"]}],\"data\":{\"currentPerson\":null}}",
                bearer("Bearer " + hs256("{\"role\":\"nobody_here\",\"aud\":\"postgraphile\"}", "keyboard_kitten")));
        assertAnswer(200, NOBODY, StrataServer.postGraphql(CURRENT_PERSON));
    }

    @Test
    void roleTheLoginRoleCannotBecome() {
        assertAnswer(200, "{\"errors\":[{\"message\":\"permission denied to set role \\\"postgres\\\"\",\"locations\":"
                        + "[{\"line\":1,\"column\":3}],\"path\":[\"currentPerson\"]}],\"data\":{\"currentPerson\":null}}",
                bearer("Bearer " + hs256("{\"role\":\"postgres\",\"person_id\":1,\"aud\":\"postgraphile\"}",
                        "keyboard_kitten")));
        assertAnswer(200, NOBODY, StrataServer.postGraphql(CURRENT_PERSON));
    }

    // -- the pool (one connection on the test server) --

    @Test
    void jwtRequestThenAnonymousRequestOnThePoolsOneConnection() {
        for (int i = 0; i < 3; i++) {
            assertAnswer(200, SARA, bearer("Bearer " + hs256(PERSON_1, "keyboard_kitten")));
            assertAnswer(200, NOBODY, StrataServer.postGraphql(CURRENT_PERSON));
        }
    }

    // -- corporate SSO: RS256 from the JWKS URL, ES256 from the PEM public key, configuration only --

    @Test
    void rs256FromTheJwksDocument() throws Exception {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"it-1\"}";
        assertAnswer(200, SARA, bearer("Bearer " + sign(header, PERSON_1, rsa.getPrivate(), null)));
        KeyPair other = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        assertRefused(403, "invalid signature", "Bearer " + sign(header, PERSON_1, other.getPrivate(), null));
        assertRefused(401, "jwt expired", "Bearer " + sign(header, "{\"role\":\"forum_example_person\","
                + "\"aud\":\"postgraphile\",\"exp\":" + (NOW - 60) + "}", rsa.getPrivate(), null));
    }

    @Test
    void es256FromThePemPublicKey() throws Exception {
        String pem = Files.readString(Path.of("src/test/resources/identity/es256-test-private.pem"));
        PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder()
                .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""))));
        assertAnswer(200, SARA, bearer("Bearer " + sign("{\"alg\":\"ES256\",\"typ\":\"JWT\"}", PERSON_1, key, null)));
        assertRefused(403, "jwt audience invalid. expected: postgraphile", "Bearer "
                + sign("{\"alg\":\"ES256\",\"typ\":\"JWT\"}", "{\"role\":\"forum_example_person\"}", key, null));
    }

    // -- helpers --

    private static StrataServer.Response bearer(String authorization) {
        return StrataServer.send(HttpRequest.newBuilder(StrataServer.uri("/graphql"))
                .header("content-type", "application/json").header("authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(CURRENT_PERSON)));
    }

    private static void assertRefused(int status, String message, String authorization) {
        assertAnswer(status, "{\"errors\":[{\"message\":" + StrataServer.JSON.valueToTree(message) + "}]}",
                bearer(authorization));
    }

    private static void assertAnswer(int status, String body, StrataServer.Response response) {
        JsonNode expected = json(body);
        JsonNode actual = response.json();
        assertEquals(status + " " + expected, response.status() + " " + (expected.equals(actual) ? expected : actual));
    }

    private static JsonNode json(String text) {
        try {
            return StrataServer.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static String hs256(String payload, String secret) {
        return sign(HS256, payload, null, secret);
    }

    /** Signs with a private key (RS256/ES256 by its type) or, with {@code secret}, HS256. */
    private static String sign(String header, String payload, PrivateKey key, String secret) {
        String signed = b64(header) + "." + b64(payload);
        byte[] data = signed.getBytes(StandardCharsets.US_ASCII);
        try {
            byte[] signature;
            if (secret != null) {
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                signature = mac.doFinal(data);
            } else {
                Signature signer = Signature.getInstance(key.getAlgorithm().equals("EC")
                        ? "SHA256withECDSAinP1363Format" : "SHA256withRSA");
                signer.initSign(key);
                signer.update(data);
                signature = signer.sign();
            }
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement.length > 1 && twosComplement[0] == 0
                ? java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length) : twosComplement;
    }
}
