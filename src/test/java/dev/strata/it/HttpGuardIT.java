package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the HTTP layer refuses before a request runs, and the headers every answer carries. */
class HttpGuardIT {

    private static final String QUERY = "{\"query\":\"{ postById(id: 4) { id } }\"}";

    private static StrataServer.Response post(String contentType, String body) {
        return StrataServer.send(HttpRequest.newBuilder(StrataServer.uri("/graphql")).header("content-type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static void assertNoJavaInHeaders(StrataServer.Response response) {
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            assertFalse(header.getValue().toString().contains("Exception"), header.toString());
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (StrataServer.Response response : List.of(StrataServer.postGraphql(QUERY),
                StrataServer.get("/graphql/schema.graphql"))) {
            assertEquals("nosniff", response.headers().get("x-content-type-options").get(0));
            assertEquals("DENY", response.headers().get("x-frame-options").get(0));
            assertEquals("no-referrer", response.headers().get("referrer-policy").get(0));
        }
    }

    @Test
    void bodyInAnUnknownCharsetIsRefusedWith415AndAGraphqlError() {
        StrataServer.Response response = post("application/json; charset=bogus", QUERY);
        assertEquals(415, response.status());
        assertEquals("The request body must be encoded in UTF-8, not bogus.",
                response.json().at("/errors/0/message").asText());
        assertEquals(200, post("application/json; charset=UTF-8", QUERY).status());
    }

    @Test
    void formPostsAndPlainTextAreRefusedSoNoCrossSiteFormReachesTheApi() {
        assertEquals(415, post("application/x-www-form-urlencoded", "query=%7B__typename%7D").status());
        assertEquals(415, post("text/plain", QUERY).status());
        assertTrue(post("multipart/form-data; boundary=x", QUERY).json().at("/errors/0/message").asText()
                .startsWith("POST bodies must be application/json"));
    }

    @Test
    void bodyLargerThanTheMaximumIsRefusedWith413WithOrWithoutALength() {
        String huge = "{\"query\":\"{ __typename }\",\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        StrataServer.Response sized = post("application/json", huge);
        assertEquals(413, sized.status());
        assertTrue(sized.json().at("/errors/0/message").asText().startsWith("The request body is larger"));
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        StrataServer.Response chunked = StrataServer.send(HttpRequest.newBuilder(StrataServer.uri("/graphql"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
        assertEquals(413, chunked.status());
    }

    @Test
    void wrongMethodAndUnacceptableTypeAreAnsweredAsGraphqlErrorsWithoutJavaNames() {
        StrataServer.Response put = StrataServer.send(HttpRequest.newBuilder(StrataServer.uri("/graphql"))
                .header("content-type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(QUERY)));
        assertEquals(405, put.status());
        assertTrue(put.json().at("/errors/0/message").isTextual(), put.body());
        assertNoJavaInHeaders(put);
        StrataServer.Response html = StrataServer.send(HttpRequest.newBuilder(StrataServer.uri("/graphql"))
                .header("content-type", "application/json").header("accept", "image/png")
                .POST(HttpRequest.BodyPublishers.ofString(QUERY)));
        assertEquals(406, html.status());
        assertNoJavaInHeaders(html);
    }

    @Test
    void invalidJsonIsA400NamingThePlaceNotTheParser() {
        StrataServer.Response response = StrataServer.postGraphql("{\"query\": \"{ __typename }\", \u0001}");
        assertEquals(400, response.status());
        String message = response.json().at("/errors/0/message").asText();
        assertTrue(message.startsWith("The request body is not valid JSON (line 1, column"), message);
        assertFalse(message.contains("Feature") || message.contains("java") || message.contains("jackson"), message);
    }

    @Test
    void pageSizeAboveTheMaximumIsA400WithItsCode() {
        StrataServer.Response response = StrataServer.graphql("{ allPosts(first: 2147483647) { nodes { id } } }",
                null);
        assertEquals(400, response.status());
        assertEquals("MAX_PAGE_SIZE_EXCEEDED", response.json().at("/errors/0/extensions/code").asText());
    }
}
