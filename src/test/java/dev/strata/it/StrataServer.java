package dev.strata.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Strata server the integration tests run against: the Liberty server "strata-it" that the build
 * starts before failsafe runs ({@code http://localhost:<strata.it.http.port>}, 9081 by default).
 */
public final class StrataServer {

    /** Parses and prints JSON for tests (Jackson, as the server's golden files are compared with it). */
    public static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static volatile boolean ready;

    private StrataServer() {
    }

    /** A response: HTTP status and body text. */
    public record Response(int status, String body, Map<String, List<String>> headers) {

        /** The body parsed as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("response body is not JSON: " + body, e);
            }
        }
    }

    public static int port() {
        return Integer.getInteger("strata.it.http.port", 9081);
    }

    public static URI uri(String path) {
        return URI.create("http://localhost:" + port() + path);
    }

    /** {@code POST /graphql} with {@code {"query": query, "variables": variables}} ({@code variables} may be null). */
    public static Response graphql(String query, JsonNode variables) {
        ObjectNode body = JSON.createObjectNode().put("query", query);
        if (variables != null) {
            body.set("variables", variables);
        }
        return postGraphql(body.toString());
    }

    /** {@code POST /graphql} with this exact body and {@code content-type: application/json}. */
    public static Response postGraphql(String body) {
        return postGraphql(body, null);
    }

    /**
     * {@code POST /graphql} with this exact body and {@code content-type: application/json}, and with
     * {@code authorization: Bearer <token>} when {@code bearerToken} is not null.
     */
    public static Response postGraphql(String body, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (bearerToken != null) {
            request.header("authorization", "Bearer " + bearerToken);
        }
        return send(request);
    }

    /**
     * A JWT with exactly these claims, signed HS256 with the server's secret ({@code strata.it.jwt.secret},
     * default {@code keyboard_kitten}, the default of {@code strata.jwt.secret}).
     */
    public static String signJwt(JsonNode claims) {
        String secret = System.getProperty("strata.it.jwt.secret", "keyboard_kitten");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64.encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public static Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Sends a request (a base address is already set; add headers as needed) and reads the whole answer. */
    public static Response send(HttpRequest.Builder request) {
        awaitReady();
        return exchange(request.timeout(Duration.ofSeconds(60)).build());
    }

    /** Waits (up to 3 minutes, once per JVM) until {@code /health/ready} answers 200. */
    public static void awaitReady() {
        if (ready) {
            return;
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                Response r = exchange(HttpRequest.newBuilder(uri("/health/ready"))
                        .timeout(Duration.ofSeconds(10)).GET().build());
                if (r.status() == 200) {
                    ready = true;
                    return;
                }
                last = r.status() + " " + r.body();
            } catch (UncheckedIOException e) {
                last = e.getMessage();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the server", e);
            }
        }
        throw new IllegalStateException("Strata at " + uri("/") + " is not ready after 3 minutes: " + last);
    }

    private static Response exchange(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
