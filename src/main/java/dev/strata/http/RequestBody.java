package dev.strata.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.exec.GraphQLRequest;
import java.util.Map;

/** Reads a GraphQL-over-HTTP request from a JSON body or from query parameters. */
final class RequestBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestBody() {
    }

    static GraphQLRequest fromJson(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("The request body is not valid JSON" + at(e) + ".");
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest("The request body must be a JSON object with a `query` string.");
        }
        return of(text(root.get("query")), text(root.get("operationName")), variables(root.get("variables")));
    }

    static GraphQLRequest fromParameters(String query, String operationName, String variables) {
        return of(query, operationName, variables == null || variables.isBlank() ? null : variables(parse(variables)));
    }

    private static GraphQLRequest of(String query, String operationName, Map<String, Object> variables) {
        if (query == null || query.isBlank()) {
            throw new BadRequest("Must provide a query string.");
        }
        return new GraphQLRequest(query, operationName, variables);
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() ? null : node.asText();
    }

    /** Variables as an object, or (as PostGraphile accepts) as a string holding one. */
    private static Map<String, Object> variables(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText().isBlank() ? null : variables(parse(node.asText()));
        }
        if (!node.isObject()) {
            throw new BadRequest("Variables must be an object.");
        }
        return JSON.convertValue(node, JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadRequest("Variables are not valid JSON" + at(e) + ".");
        }
    }

    /** Where the JSON went wrong; not Jackson's message, which names its features and Java types. */
    private static String at(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    /** A request that cannot be read; answered with HTTP 400 and this message. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
