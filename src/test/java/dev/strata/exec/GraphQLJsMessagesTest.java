package dev.strata.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Wrong argument values and variables are answered in graphql-js's words, never with graphql-java's AST nodes or
 * Java type names: as PostGraphile 4.14.1 answered the same requests on the forum schema (recorded side by side),
 * except where graphql-java does not say which part of a variable is wrong (then the message names no part) and for
 * Strata's own scalars ({@code Cursor}).
 */
class GraphQLJsMessagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final ForumOnOneConnection FORUM = new ForumOnOneConnection();

    @Test
    void wrongArgumentLiteralsAreAnsweredAsPostGraphile4Does() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("{ allPosts(first: \"x\") { totalCount } }", "Int cannot represent non-integer value: \"x\"");
        expected.put("{ allPosts(first: 1.5) { totalCount } }", "Int cannot represent non-integer value: 1.5");
        expected.put("{ allPosts(first: [1]) { totalCount } }", "Int cannot represent non-integer value: [1]");
        expected.put("{ allPosts(first: true) { totalCount } }", "Int cannot represent non-integer value: true");
        expected.put("{ allPosts(first: 99999999999) { totalCount } }",
                "Int cannot represent non 32-bit signed integer value: 99999999999");
        expected.put("{ allPosts(orderBy: DROP) { totalCount } }", "Value \"DROP\" does not exist in \"PostsOrderBy\" enum.");
        expected.put("{ allPosts(orderBy: [ID_ASC, 1]) { totalCount } }",
                "Enum \"PostsOrderBy\" cannot represent non-enum value: 1.");
        expected.put("{ allPosts(condition: {authorId: \"x\"}) { totalCount } }",
                "Int cannot represent non-integer value: \"x\"");
        expected.put("{ allPosts(condition: {nope: 1}) { totalCount } }",
                "Field \"nope\" is not defined by type \"PostCondition\".");
        expected.put("{ allPosts(condition: {topic: drop}) { totalCount } }",
                "Value \"drop\" does not exist in \"PostTopic\" enum.");
        expected.put("{ node(nodeId: 1.5) { nodeId } }", "ID cannot represent a non-string and non-integer value: 1.5");
        expected.put("{ allPosts(after: 1) { totalCount } }",
                "Expected value of type \"Cursor\", found 1; Cursor cannot represent a non-string value");
        expected.forEach((document, message) -> assertEquals(List.of(message), messages(document, null), document));
    }

    @Test
    void wrongVariablesAreAnsweredAsPostGraphile4Does() throws Exception {
        String first = "query($n: Int) { allPosts(first: $n) { totalCount } }";
        assertEquals(List.of("Variable \"$n\" got invalid value \"x\"; Int cannot represent non-integer value: \"x\""),
                messages(first, Map.of("n", "x")));
        assertEquals(List.of("Variable \"$n\" got invalid value 1.5; Int cannot represent non-integer value: 1.5"),
                messages(first, Map.of("n", 1.5)));
        assertEquals(List.of("Variable \"$n\" got invalid value 99999999999; Int cannot represent non 32-bit signed "
                + "integer value: 99999999999"), messages(first, Map.of("n", 99999999999L)));
        assertEquals(List.of("Variable \"$o\" got invalid value [\"NOPE\"]; Value \"NOPE\" does not exist in "
                + "\"PostsOrderBy\" enum."), messages("query($o: [PostsOrderBy!]) { allPosts(orderBy: $o) "
                + "{ totalCount } }", Map.of("o", List.of("NOPE"))));
        assertEquals(List.of("Variable \"$id\" of non-null type \"ID!\" must not be null."),
                messages("query($id: ID!) { node(nodeId: $id) { nodeId } }", new LinkedHashMap<>(
                        java.util.Collections.singletonMap("id", null))));
        String node = "query($id: ID!) { node(nodeId: $id) { nodeId } }";
        assertEquals(List.of("Variable \"$id\" got invalid value true; ID cannot represent value: true"),
                messages(node, Map.of("id", true)));
        assertEquals(List.of("Variable \"$id\" got invalid value { x: 1 }; ID cannot represent value: { x: 1 }"),
                messages(node, Map.of("id", Map.of("x", 1))));
        assertEquals(List.of("Variable \"$id\" got invalid value 1.5; ID cannot represent value: 1.5"),
                messages(node, Map.of("id", 1.5)));
        assertEquals(List.of("Variable \"$s\" got invalid value 1; String cannot represent a non string value: 1"),
                messages("query($s: String) { searchPosts(search: $s) { totalCount } }", Map.of("s", 1)));
        String condition = "query($cond: PostCondition) { allPosts(condition: $cond) { totalCount } }";
        assertEquals(List.of("Field \"nope\" is not defined by type \"PostCondition\"."),
                messages(condition, Map.of("cond", Map.of("nope", 1))));
        assertEquals(List.of("Variable \"$cond\" got invalid value \"x\"; Expected type \"PostCondition\" to be an "
                + "object."), messages(condition, Map.of("cond", "x")));
        assertEquals(List.of("Variable \"$cond\" got invalid value { authorId: \"x\" }; Int cannot represent "
                + "non-integer value."), messages(condition, Map.of("cond", Map.of("authorId", "x"))));
    }

    private static List<String> messages(String document, Map<String, Object> variables) {
        try {
            List<String> messages = new ArrayList<>();
            JSON.valueToTree(FORUM.executor().execute(new GraphQLRequest(document, null, variables), Map.of())
                    .toSpecification()).path("errors").forEach(error -> messages.add(error.path("message").asText()));
            return messages;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
