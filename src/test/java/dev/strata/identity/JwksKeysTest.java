package dev.strata.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RS256 tokens verified against a JWKS document (served here), with key rotation and a provider that is down. */
class JwksKeysTest {

    private final AtomicReference<String> document = new AtomicReference<>("{\"keys\":[]}");
    private final AtomicInteger fetches = new AtomicInteger();
    private final MutableClock clock = new MutableClock();
    private HttpServer server;
    private Authenticator authenticator;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = document.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Map<String, String> config = new HashMap<>(AuthenticatorTest.tutorial());
        config.put("strata.jwt.jwks-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
        authenticator = new Authenticator(JwtConfig.from(config::get), clock);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void keysByKidWithRotation() throws Exception {
        KeyPair first = rsa();
        KeyPair second = rsa();
        document.set(jwks("k1", first));
        assertEquals("forum_example_person", role(token("k1", first)));
        assertEquals("forum_example_person", role(token(null, first)));
        assertEquals(1, fetches.get());

        // the provider rotates to k2: a token with the new kid makes Strata fetch again, at most every 30 s
        document.set(jwks("k2", second));
        refused(token("k2", second));
        assertEquals(1, fetches.get());
        clock.advance(31);
        assertEquals("forum_example_person", role(token("k2", second)));
        assertEquals(2, fetches.get());
        refused(token("k3", second));
        assertEquals(2, fetches.get());
        refused(token("k1", first)); // k1 is gone
        // and the whole document is read again after 10 minutes whatever the tokens
        clock.advance(601);
        role(token("k2", second));
        assertEquals(3, fetches.get());
    }

    @Test
    void providerDownRefusesTokensWithoutFailingTheServer() throws Exception {
        KeyPair pair = rsa();
        server.stop(0);
        refused(token("k1", pair));
    }

    private String role(String token) {
        return authenticator.authenticate(List.of("Bearer " + token)).role();
    }

    private void refused(String token) {
        JwtRejection rejection = assertThrows(JwtRejection.class,
                () -> authenticator.authenticate(List.of("Bearer " + token)));
        assertEquals("403 invalid signature", rejection.status() + " " + rejection.getMessage());
    }

    private static String token(String kid, KeyPair pair) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"" + (kid == null ? "" : ",\"kid\":\"" + kid + "\"") + "}";
        return Tokens.signed(header, AuthenticatorTest.PERSON, pair.getPrivate(), "SHA256withRSA");
    }

    private static KeyPair rsa() throws Exception {
        return KeyPairGenerator.getInstance("RSA").generateKeyPair();
    }

    private static String jwks(String kid, KeyPair pair) {
        RSAPublicKey key = (RSAPublicKey) pair.getPublic();
        return "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-999\"},{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"" + kid
                + "\",\"n\":\"" + b64(key.getModulus().toByteArray()) + "\",\"e\":\""
                + b64(key.getPublicExponent().toByteArray()) + "\"}]}";
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.ofEpochSecond(AuthenticatorTest.NOW);

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
