package dev.strata.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.exec.GraphQLRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    private static String badRequest(String body) {
        return assertThrows(RequestBody.BadRequest.class, () -> RequestBody.fromJson(body)).getMessage();
    }

    @Test
    void missingOrNonStringQueryIs400() {
        assertEquals("Must provide a query string.", badRequest("{}"));
        assertEquals("`query` must be a string.", badRequest("{\"query\": 1}"));
        assertEquals("`query` must be a string.", badRequest("{\"query\": [\"{ a }\"]}"));
    }

    @Test
    void nonStringOperationNameIs400() {
        assertEquals("`operationName` must be a string.", badRequest("{\"query\": \"{ a }\", \"operationName\": {}}"));
    }

    @Test
    void nonObjectVariablesOrExtensionsAre400() {
        assertEquals("`variables` must be an object.", badRequest("{\"query\": \"{ a }\", \"variables\": [1]}"));
        assertEquals("`variables` must be an object.", badRequest("{\"query\": \"{ a }\", \"variables\": \"7\"}"));
        assertEquals("`extensions` must be an object.", badRequest("{\"query\": \"{ a }\", \"extensions\": false}"));
    }

    @Test
    void nullParametersAreAbsentOnes() {
        GraphQLRequest request = RequestBody.fromJson(
                "{\"query\": \"{ a }\", \"operationName\": null, \"variables\": null, \"extensions\": null}");
        assertNull(request.operationName());
        assertEquals(Map.of(), request.variables());
    }

    @Test
    void variablesMayBeAStringHoldingAnObjectAsPostGraphile4Accepts() {
        assertEquals(Map.of("id", 1),
                RequestBody.fromJson("{\"query\": \"{ a }\", \"variables\": \"{\\\"id\\\": 1}\"}").variables());
    }

    @Test
    void getParametersAreCheckedLikeTheBody() {
        assertEquals(Map.of("id", 1), RequestBody.fromParameters("{ a }", null, "{\"id\": 1}", "{}").variables());
        assertThrows(RequestBody.BadRequest.class, () -> RequestBody.fromParameters("{ a }", null, null, "[]"));
    }
}
