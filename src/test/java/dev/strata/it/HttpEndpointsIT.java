package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the HTTP endpoints other than {@code POST /graphql} answer. */
class HttpEndpointsIT {

    private static String getGraphql(String query) {
        return "/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void queryOverGetAnswersLikePost() {
        StrataServer.Response response = StrataServer.get(getGraphql("{ postById(id: 4) { id headline } }"));
        assertEquals(200, response.status());
        assertEquals("{\"data\":{\"postById\":{\"id\":4,\"headline\":\"Secured exuding challenge\"}}}",
                response.body());
    }

    @Test
    void mutationOverGetIsRefusedWith405AndWritesNothing() {
        StrataServer.Response response = StrataServer.get(getGraphql(
                "mutation { deletePostById(input: {id: 4}) { deletedPostId } }"));
        assertEquals(405, response.status());
        assertEquals("POST", response.headers().get("allow").get(0));
        assertEquals(200, StrataServer.get(getGraphql("{ postById(id: 4) { id } }")).status());
        assertTrue(StrataServer.get(getGraphql("{ postById(id: 4) { id } }")).body().contains("\"id\":4"));
    }

    @Test
    void schemaIsServedAsParsableSdlWithTheForumTypes() {
        StrataServer.Response response = StrataServer.get("/graphql/schema.graphql");
        assertEquals(200, response.status());
        TypeDefinitionRegistry sdl = new SchemaParser().parse(response.body());
        assertTrue(sdl.getType("Query").isPresent(), "Query type");
        assertTrue(sdl.getType("PeopleConnection").isPresent(), "PeopleConnection type");
        assertTrue(response.body().contains("postById(id: Int!): Post"), "postById field");
    }
}
