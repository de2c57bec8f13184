package dev.strata.exec;

import java.util.Map;

/** One GraphQL-over-HTTP request: the document, the operation to run and the variables. */
public record GraphQLRequest(String query, String operationName, Map<String, Object> variables) {

    public GraphQLRequest {
        variables = variables == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(variables));
    }
}
