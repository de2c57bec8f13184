package dev.strata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.RequestExecutor;
import graphql.ExecutionResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A {@code @sortable @filterable} computed column orders, pages and filters by calling the function on the row. */
class ComputedColumnOrderAndConditionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RequestExecutor service;

    @BeforeAll
    static void load() throws Exception {
        service = BehaviorVariants.serve("computed_sortable_filterable", "bv_computed_query", """
                insert into @schema@.person (first_name, last_name) values
                  ('Grace', 'Hopper'), ('Ada', 'Lovelace'), ('Alan', 'Turing'), ('Ada', 'Byron');
                """);
    }

    @Test
    void orderByComputedColumnSortsByItsValue() throws Exception {
        assertEquals(List.of("Grace Hopper", "Alan Turing", "Ada Lovelace", "Ada Byron"),
                names(data("{ allPeople(orderBy: [FULL_NAME_DESC]) { nodes { fullName } } }")));
    }

    @Test
    void cursorOfComputedColumnOrderPagesOn() throws Exception {
        String cursor = data("{ allPeople(orderBy: [FULL_NAME_ASC], first: 2) { pageInfo { endCursor } } }")
                .at("/allPeople/pageInfo/endCursor").asText();
        assertEquals(List.of("Alan Turing", "Grace Hopper"), names(data(
                "{ allPeople(orderBy: [FULL_NAME_ASC], after: \"" + cursor + "\") { nodes { fullName } } }")));
    }

    @Test
    void conditionOnComputedColumnKeepsRowsWithThatValue() throws Exception {
        JsonNode result = data("{ allPeople(condition: {fullName: \"Ada Lovelace\"}) { totalCount nodes { firstName } } }");
        assertEquals(1, result.at("/allPeople/totalCount").asInt());
        assertEquals("Ada", result.at("/allPeople/nodes/0/firstName").asText());
    }

    private static List<String> names(JsonNode data) {
        return data.at("/allPeople/nodes").findValuesAsText("fullName");
    }

    private static JsonNode data(String query) throws Exception {
        ExecutionResult result = service.execute(new GraphQLRequest(query, null, null), Map.of());
        assertEquals(List.of(), result.getErrors());
        return JSON.valueToTree(result.getData());
    }
}
