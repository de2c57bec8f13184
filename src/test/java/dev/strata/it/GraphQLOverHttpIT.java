package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Content negotiation and statuses of {@code POST /graphql} beyond PostGraphile 4's (the goldens pin those). */
class GraphQLOverHttpIT {

    private static final String QUERY = "{\"query\": \"{ postById(id: 4) { id } }\"}";

    private static StrataServer.Response post(String contentType, String accept, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(StrataServer.uri("/graphql"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("content-type", contentType);
        }
        if (accept != null) {
            request.header("accept", accept);
        }
        return StrataServer.send(request);
    }

    private static String contentType(StrataServer.Response response) {
        return response.headers().get("content-type").get(0);
    }

    @Test
    void graphqlResponseJsonIsAnsweredWhenAccepted() {
        StrataServer.Response response = post("application/json", "application/graphql-response+json", QUERY);
        assertEquals(200, response.status());
        assertEquals("application/graphql-response+json;charset=utf-8", contentType(response));
        assertEquals("{\"data\":{\"postById\":{\"id\":4}}}", response.body());
    }

    @Test
    void graphqlResponseJsonAnswersAValidationFailureWith400AndNoData() {
        StrataServer.Response response = post("application/json", "application/graphql-response+json",
                "{\"query\": \"{ postById(id: 4) { noSuchField } }\"}");
        assertEquals(400, response.status());
        assertFalse(response.json().has("data"));
    }

    @Test
    void applicationJsonKeepsPostGraphile4s400ForAValidationFailure() {
        StrataServer.Response response = post("application/json", "application/json",
                "{\"query\": \"{ postById(id: 4) { noSuchField } }\"}");
        assertEquals(400, response.status());
        assertEquals("application/json;charset=utf-8", contentType(response));
    }

    @Test
    void neitherFormatAcceptableIs406() {
        assertEquals(406, post("application/json", "text/html", QUERY).status());
    }

    @Test
    void missingOrOtherContentTypeIs415() {
        assertEquals(415, post(null, null, QUERY).status());
        assertEquals(415, post("text/plain", null, QUERY).status());
    }

    @Test
    void nonStringOperationNameIs400() {
        StrataServer.Response response = post("application/json", null,
                "{\"query\": \"{ postById(id: 4) { id } }\", \"operationName\": 7}");
        assertEquals(400, response.status());
        assertEquals("`operationName` must be a string.", response.json().at("/errors/0/message").asText());
    }
}
