package dev.strata.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Enums, node ids and cursors written by PostgreSQL into a spliced response ({@link Splicing}) read exactly as
 * graphql-java completes them from the parsed JSON: the same field with a {@code __typename} beside it (which
 * graphql-java must complete) gives the same answer, {@code __typename} aside. Cursors over text are longer than
 * the 76 characters after which PostgreSQL's base64 breaks lines.
 */
class ResponseTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ForumOnOneConnection FORUM = new ForumOnOneConnection();

    @Test
    void enumsNodeIdsAndCursorsOfAConnection() throws SQLException {
        assertSameAsCompleted("allPosts(first: 4, orderBy: [HEADLINE_DESC, ID_ASC]) { __typename nodes { id nodeId "
                + "topic } edges { cursor node { nodeId } } pageInfo { hasNextPage startCursor endCursor } }");
    }

    @Test
    void naturalCursorsOfAFunctionsRows() throws SQLException {
        assertSameAsCompleted("searchPosts(search: \"a\", first: 3) { __typename edges { cursor node { headline topic "
                + "} } pageInfo { endCursor } }");
    }

    @Test
    void nodeIdsOfRelatedRows() throws SQLException {
        assertSameAsCompleted("personById(id: 1) { __typename nodeId postsByAuthorId(first: 2) { edges { cursor "
                + "node { nodeId personByAuthorId { nodeId } } } } }");
    }

    /** The field answered spliced (without {@code __typename}) and completed (with it) gives the same JSON. */
    private static void assertSameAsCompleted(String fieldWithTypename) throws SQLException {
        String spliced = data("{ " + fieldWithTypename.replace("__typename ", "") + " }");
        JsonNode completed = JSON.valueToTree(FORUM.executor().execute(new GraphQLRequest(
                "{ " + fieldWithTypename + " }", null, null), Map.of()).toSpecification()).get("data");
        ((ObjectNode) completed.elements().next()).remove("__typename");
        assertEquals(completed.toString(), spliced);
        assertTrue(!spliced.contains("\\n"), spliced);
    }

    private static String data(String query) throws SQLException {
        JsonNode response = JSON.valueToTree(FORUM.executor().execute(new GraphQLRequest(query, null, null), Map.of())
                .toSpecification());
        assertTrue(response.get("errors") == null, response::toString);
        return response.get("data").toString();
    }
}
