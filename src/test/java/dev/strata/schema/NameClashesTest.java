package dev.strata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.RecordedAnswers;
import dev.strata.exec.RequestExecutor;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code ddl/test/clashing_schemas.sql}: two exposed schemas with a table, an enum and a function of the same names,
 * and names that give no GraphQL name. PostGraphile 4 refuses to start on either; Strata serves the entities of the
 * schema listed first, leaves out the others (with what uses them) and what has no valid name, with one WARNING
 * each. One schema alone, whose names PostGraphile 4 serves (accents made plain), has PostGraphile 4's shape and
 * answers.
 */
class NameClashesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<String> warnings;
    private static RequestExecutor both;

    @BeforeAll
    static void build() throws Exception {
        TestDatabase.runScript(TestDatabase.forum().superuserDataSource(), "ddl/test/clashing_schemas.sql");
        LoggedWarnings<RequestExecutor> built = LoggedWarnings.during("dev.strata.schema",
                () -> TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(), List.of("clash_a", "clash_b"), ""));
        both = built.result();
        warnings = built.warnings();
    }

    @Test
    void eachClashAndEachInvalidNameIsOneWarningNamingTheEntities() {
        assertEquals(List.of(
                "The table clash_b.item is left out of the API, with everything that uses it: its GraphQL type name "
                        + "Item is already the name of table clash_a.item. Give one of them another name with a smart "
                        + "comment (@name).",
                "The table clash_b.ω is left out of the API, with everything that uses it: its GraphQL type name 'Ω' "
                        + "is not a valid GraphQL name.",
                "The enum clash_b.status is left out of the API, with everything that uses it: its GraphQL type name "
                        + "Status is already the name of enum clash_a.status. Give one of them another name with a "
                        + "smart comment (@name).",
                "The domain clash_b.code is left out of the API, with everything that uses it: its GraphQL type name "
                        + "Code is already the name of domain clash_a.code. Give one of them another name with a smart "
                        + "comment (@name).",
                "The column clash_b.note.π is left out of the API: its GraphQL field name 'π' is not a valid GraphQL "
                        + "name.",
                "The field Query.allItems is left out of the API: Query already has a field of that name. Give one of "
                        + "the entities another name with a smart comment (@name).",
                "The function clash_b.search is left out of the API: its field Query.search is already the field of "
                        + "function clash_a.search. Give one of them another name with a smart comment (@name)."),
                warnings);
    }

    @Test
    void firstSchemaListedKeepsTheNamesAndTheRestIsServed() throws Exception {
        GraphQLSchema schema = both.schema().schema();
        assertEquals(List.of("nodeId", "id", "name", "status", "code", "naive"), fields(schema.getObjectType("Item")));
        assertEquals(List.of("NEW", "OLD"), ((GraphQLEnumType) schema.getType("Status")).getValues().stream()
                .map(value -> value.getName()).toList());
        assertEquals(List.of("nodeId", "id", "itemId", "body"), fields(schema.getObjectType("Note")));
        assertNull(schema.getType("Ω"));
        JsonNode answer = JSON.valueToTree(both.execute(new GraphQLRequest("""
                { search(term: "p") { nodes { name status } }
                  allNotes { nodes { itemId body } }
                  allCafes { nodes { name } } }""", null, null), Map.of("role", "forum_example_anonymous"))
                .toSpecification());
        assertEquals("""
                {"data":{"search":{"nodes":[{"name":"apple","status":"NEW"},{"name":"pear","status":"OLD"}]},\
                "allNotes":{"nodes":[{"itemId":1,"body":"first note"}]},"allCafes":{"nodes":[{"name":"corner"}]}}}""",
                answer.toString());
    }

    @Test
    void oneSchemaAloneHasPostGraphile4ShapeWithAccentsMadePlain() throws Exception {
        GraphQLSchema alone = TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(), List.of("clash_a"), "")
                .schema().schema();
        assertEquals("", SchemaShape.differences(
                Files.readString(Path.of("src/test/resources/golden/clash-a-pg4.graphql")), SchemaShape.sdl(alone)));
    }

    @TestFactory
    Stream<DynamicTest> oneSchemaAloneAnswersAsPostGraphile4() throws Exception {
        return RecordedAnswers.replay(TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(),
                List.of("clash_a"), ""), Path.of("src/test/resources/golden-clash-a"), "clash-a");
    }

    private static List<String> fields(GraphQLObjectType type) {
        return type.getFieldDefinitions().stream().map(field -> field.getName()).toList();
    }
}
