package dev.strata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.RequestExecutor;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
import dev.strata.it.TypeZoo;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ddl/test/types_broken.sql}: an enum whose label gives no GraphQL name is left out with everything that
 * uses it, with one WARNING naming it and why, and the rest of the schema is built and served; enum labels that
 * clash after case-folding keep the last one, as in PostGraphile 4.
 */
class UnmappableTypesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> warnings;
    private static RequestExecutor broken;

    @BeforeAll
    static void build() throws Exception {
        TypeZoo.loginRoleDataSource();
        TestDatabase.runScript(TestDatabase.forum().superuserDataSource(), "ddl/test/types_broken.sql");
        LoggedWarnings<RequestExecutor> built = LoggedWarnings.during(TypeMapper.class.getName(),
                () -> TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(), List.of("types_broken"), ""));
        broken = built.result();
        warnings = built.warnings();
    }

    @Test
    void enumWithALabelThatIsNoGraphQLNameIsLeftOutWithOneWarningNamingItAndWhy() {
        assertEquals(1, warnings.size(), () -> warnings.toString());
        String message = warnings.get(0);
        assertEquals(true, message.contains("types_broken.accent") && message.contains("'é'"), message);
        GraphQLSchema schema = broken.schema().schema();
        assertNull(schema.getType("Accent"));
        assertNull(schema.getType("AccentDomain"));
        GraphQLObjectType item = schema.getObjectType("Item");
        assertEquals(List.of("nodeId", "id", "name", "shout"),
                item.getFieldDefinitions().stream().map(field -> field.getName()).toList());
        assertNull(schema.getQueryType().getFieldDefinition("itemsWithAccent"));
    }

    @Test
    void restOfTheSchemaIsServed() throws Exception {
        JsonNode response = JSON.valueToTree(broken.execute(new GraphQLRequest(
                "{ allItems { nodes { name shout } } itemCount }", null, null),
                Map.of("role", "forum_example_anonymous")).toSpecification());
        assertNull(response.get("errors"), response::toString);
        assertEquals("[{\"name\":\"first\",\"shout\":\"FOO\"},{\"name\":\"second\",\"shout\":\"BAR\"}]",
                response.at("/data/allItems/nodes").toString());
        assertEquals(2, response.at("/data/itemCount").asInt());
    }

    @Test
    void labelsThatClashAfterCaseFoldingKeepTheLastAsPostGraphile4Does() {
        GraphQLEnumType shout = (GraphQLEnumType) broken.schema().schema().getType("Shout");
        assertNotNull(shout);
        assertEquals(List.of("FOO", "BAR"), shout.getValues().stream().map(value -> value.getName()).toList());
        assertEquals("FOO", shout.getValue("FOO").getValue());
    }
}
