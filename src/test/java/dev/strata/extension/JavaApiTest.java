package dev.strata.extension;

import dev.strata.limits.RequestLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.catalog.CatalogOptions;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.RequestExecutor;
import dev.strata.exec.SchemaSettings;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
import dev.strata.schema.ExtensionContext;
import dev.strata.schema.JwtType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MicroProfile GraphQL beans merged into the generated forum schema, run against the embedded PostgreSQL. */
class JavaApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> ANONYMOUS = Map.of("role", "forum_example_anonymous");

    private static RequestExecutor forum;

    @BeforeAll
    static void serve() {
        forum = TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(), settings(
                new JavaApi(ForumExtras.class, ForumExtras::new)));
    }

    @Test
    void queryMethodsBecomeQueryFieldsWithTheirArgumentsDefaultsAndDescriptions() {
        String sdl = new SchemaPrinter().print(forum.schema().schema());
        assertTrue(sdl.contains("\"Says hello\"\n  hello(name: String = \"world\"): String"), sdl);
        assertTrue(sdl.contains("greeting(request: GreetingRequest!): Greeting"), sdl);
        assertTrue(sdl.contains("moods: [Mood]"), sdl);
        assertTrue(sdl.contains("beyondInt: BigInt!"), sdl);
        assertTrue(sdl.contains("answer: Int"), sdl);
        assertTrue(sdl.contains("echo(text: String): String"), sdl);
    }

    @Test
    void recordsBecomeObjectAndInputTypesWithoutIgnoredProperties() {
        GraphQLSchema schema = forum.schema().schema();
        assertEquals(List.of("text", "length", "mood"), schema.getObjectType("Greeting").getFieldDefinitions()
                .stream().map(field -> field.getName()).toList());
        assertEquals("String!", graphql.schema.GraphQLTypeUtil.simplePrint(
                schema.getObjectType("Greeting").getFieldDefinition("text").getType()));
        assertEquals("Int!", graphql.schema.GraphQLTypeUtil.simplePrint(
                schema.getObjectType("Greeting").getFieldDefinition("length").getType()));
        assertEquals(List.of("name", "times"), schema.getType("GreetingRequest") instanceof
                graphql.schema.GraphQLInputObjectType input ? input.getFieldDefinitions().stream()
                .map(field -> field.getName()).toList() : List.of());
    }

    @Test
    void rootFieldsAnswerWithTheMethodsValues() throws Exception {
        JsonNode data = data("""
                { hello  named: hello(name: "Ada")
                  greeting(request: {name: "Bo", times: 2}) { text length mood }
                  moods nothing answer beyondInt }""");
        assertEquals("Hello, world", data.get("hello").asText());
        assertEquals("Hello, Ada", data.get("named").asText());
        assertEquals("{\"text\":\"Hi Bo! Hi Bo!\",\"length\":13,\"mood\":\"CURIOUS\"}", data.get("greeting").toString());
        assertEquals("[\"HAPPY\",\"CURIOUS\"]", data.get("moods").toString());
        assertTrue(data.get("nothing").isNull());
        assertEquals(42, data.get("answer").asInt());
        assertEquals("9007199254740993", data.get("beyondInt").asText());
    }

    @Test
    void sourceMethodsBecomeFieldsOfTheGeneratedRowTypeReadInTheRootFieldsOneStatement() throws Exception {
        JsonNode data = data("""
                { postById(id: 1) { headline body readingTime loud: shout(times: 2) }
                  allPosts(first: 2) { nodes { body readingTime } } }""");
        JsonNode post = data.get("postById");
        assertEquals(minutes(post.get("body").asText()), post.get("readingTime").asInt());
        assertEquals((post.get("headline").asText().toUpperCase() + "!").repeat(2), post.get("loud").asText());
        assertEquals(2, data.at("/allPosts/nodes").size());
        for (JsonNode node : data.at("/allPosts/nodes")) {
            assertEquals(minutes(node.get("body").asText()), node.get("readingTime").asInt());
        }
        String body = data("{ postById(id: 2) { body } }").at("/postById/body").asText();
        assertEquals(minutes(body), data("{ postById(id: 2) { readingTime } }").at("/postById/readingTime").asInt(),
                "the row's columns the method needs are read even when the query does not select them");
    }

    @Test
    void aSourceListMethodIsCalledOnceForAllTheRowsOfARequest() throws Exception {
        int before = ForumExtras.WORD_COUNT_CALLS.get();
        JsonNode nodes = data("{ allPosts(first: 5) { nodes { body wordCount } } }").at("/allPosts/nodes");
        assertEquals(before + 1, ForumExtras.WORD_COUNT_CALLS.get(), "one call for the five posts");
        assertEquals(5, nodes.size());
        for (JsonNode node : nodes) {
            assertEquals(node.get("body").asText().split("\\s+").length, node.get("wordCount").asInt());
        }
    }

    @Test
    void javaCodeMayAnswerGeneratedRowsWhoseSelectionSqlReadsByKeyInOrder() throws Exception {
        JsonNode data = data("""
                { favouritePosts { id nodeId personByAuthorId { id } readingTime }
                  firstPost { id headline } }""");
        JsonNode posts = data.get("favouritePosts");
        assertEquals(3, posts.size());
        assertEquals(3, posts.at("/0/id").asInt());
        assertEquals(1, posts.at("/1/id").asInt());
        assertTrue(posts.get(2).isNull(), "no post 999");
        JsonNode three = data("{ postById(id: 3) { nodeId personByAuthorId { id } readingTime } }").get("postById");
        assertEquals(three.get("nodeId"), posts.at("/0/nodeId"));
        assertEquals(three.get("personByAuthorId"), posts.at("/0/personByAuthorId"), "relations work on them");
        assertEquals(three.get("readingTime"), posts.at("/0/readingTime"), "and Java fields too");
        assertEquals(data("{ postById(id: 1) { headline } }").at("/postById/headline"), data.at("/firstPost/headline"));
    }

    @Test
    void checkedExceptionAndGraphQLExceptionMessagesReachTheClientOthersDoNot() throws Exception {
        JsonNode response = execute("{ checked refused unchecked hello }");
        List<String> messages = response.get("errors").findValuesAsText("message");
        assertTrue(messages.contains("a checked failure the client may read"), messages::toString);
        assertTrue(messages.contains("refused on purpose"), messages::toString);
        assertTrue(messages.contains("Server Error"), messages::toString);
        assertFalse(response.toString().contains("internal detail"), response::toString);
        JsonNode hidden = response.get("errors").get(messages.indexOf("Server Error"));
        assertTrue(hidden.at("/extensions/correlationId").asText().matches("[0-9a-f-]{36}"), hidden::toString);
        assertEquals("Hello, world", response.at("/data/hello").asText(), "the other fields still answer");
    }

    @Test
    void mutationMethodsBecomeMutationFields() throws Exception {
        assertEquals("written", data("mutation { echo(text: \"written\") }").get("echo").asText());
    }

    @Test
    void aFieldTheGeneratedSchemaAlreadyHasFailsTheBuildNamingBoth() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> TestSchemas.serve(
                TestDatabase.forum().loginRoleDataSource(),
                settings(new JavaApi(ClashingExtras.class, ClashingExtras::new))));
        Throwable conflict = failure.getCause() instanceof ExtensionContext.SchemaConflict ? failure.getCause()
                : failure;
        assertTrue(conflict instanceof ExtensionContext.SchemaConflict, failure::toString);
        assertEquals("Query.allPeople is defined twice: by the generated schema (or an earlier extension) and by "
                + ClashingExtras.class.getName(), conflict.getMessage());
    }

    private static int minutes(String body) {
        return new ForumExtras().readingTime(new ForumExtras.Post(0, "", body));
    }

    private static SchemaSettings settings(JavaApi extension) {
        return new SchemaSettings(List.of("forum_example"), "", true, JwtType.NONE, CatalogOptions.DEFAULTS, false,
                List.of(extension), RequestLimits.DEFAULTS);
    }

    private static JsonNode execute(String query) throws Exception {
        return JSON.valueToTree(forum.execute(new GraphQLRequest(query, null, null), ANONYMOUS).toSpecification());
    }

    private static JsonNode data(String query) throws Exception {
        JsonNode response = execute(query);
        assertTrue(response.get("errors") == null, () -> "errors: " + response.get("errors"));
        return response.get("data");
    }
}
