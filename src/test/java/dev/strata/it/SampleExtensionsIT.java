package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's sample extension beans (docs/EXTENDING.md; the test server sets {@code strata.samples=true}) over
 * HTTP: {@code Post.readingTime} computed in Java from the row, and {@code publishDigest} writing through JPA as
 * the JWT's person, under row level security.
 */
class SampleExtensionsIT {

    @BeforeAll
    static void ready() {
        StrataServer.awaitReady();
    }

    @Test
    void readingTimeIsAFieldOfPostComputedFromItsBody() {
        JsonNode post = StrataServer.graphql("{ postById(id: 1) { readingTime } }", null).json()
                .at("/data/postById");
        assertTrue(post.get("readingTime").asInt() >= 1, post::toString);
    }

    @Test
    void publishDigestWritesAsTheSignedInPersonAndRefusesAnonymousCallers() {
        String token = StrataServer.signJwt(claims("forum_example_person", 2));
        String about = StrataServer.postGraphql(body("{ personById(id: 2) { about } }"), token).json()
                .at("/data/personById/about").asText(null);
        try {
            JsonNode published = StrataServer.postGraphql(body("mutation { publishDigest }"), token).json();
            String digest = published.at("/data/publishDigest").asText();
            assertTrue(digest.startsWith("Digest: "), published::toString);
            assertEquals(digest, StrataServer.postGraphql(body("{ personById(id: 2) { about } }"), token).json()
                    .at("/data/personById/about").asText());

            JsonNode anonymous = StrataServer.postGraphql(body("mutation { publishDigest }"), null).json();
            assertEquals("Sign in to publish a digest.", anonymous.at("/errors/0/message").asText(),
                    anonymous::toString);
        } finally {
            ObjectNode restore = StrataServer.JSON.createObjectNode();
            restore.put("query", "mutation($about: String) { updatePersonById(input: {id: 2, personPatch: "
                    + "{about: $about}}) { clientMutationId } }");
            restore.putObject("variables").put("about", about);
            StrataServer.postGraphql(restore.toString(), token);
        }
    }

    private static ObjectNode claims(String role, int personId) {
        return StrataServer.JSON.createObjectNode().put("role", role).put("person_id", personId)
                .put("aud", "postgraphile");
    }

    private static String body(String query) {
        return StrataServer.JSON.createObjectNode().put("query", query).toString();
    }
}
