package dev.strata.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.exec.GraphQLRequest;
import java.util.Map;

/**
 * Reads a GraphQL-over-HTTP request from a JSON body or from query parameters. {@code query} must be a string,
 * {@code operationName} a string or null, {@code variables} and {@code extensions} objects or null; anything else
 * is a 400. Variables may also be a string holding a JSON object, as PostGraphile 4 accepts.
 */
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
        object(root.get("extensions"), "extensions");
        return of(text(root.get("query"), "query"), text(root.get("operationName"), "operationName"),
                variables(root.get("variables")));
    }

    static GraphQLRequest fromParameters(String query, String operationName, String variables, String extensions) {
        if (extensions != null && !extensions.isBlank()) {
            object(parse(extensions, "extensions"), "extensions");
        }
        return of(query, operationName,
                variables == null || variables.isBlank() ? null : variables(parse(variables, "variables")));
    }

    private static GraphQLRequest of(String query, String operationName, Map<String, Object> variables) {
        if (query == null || query.isBlank()) {
            throw new BadRequest("Must provide a query string.");
        }
        return new GraphQLRequest(query, operationName, variables);
    }

    private static String text(JsonNode node, String name) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadRequest("`" + name + "` must be a string.");
        }
        return node.asText();
    }

    private static Map<String, Object> variables(JsonNode node) {
        if (node != null && node.isTextual()) {
            return node.asText().isBlank() ? null : variables(parse(node.asText(), "variables"));
        }
        JsonNode object = object(node, "variables");
        return object == null ? null
                : JSON.convertValue(object, JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    }

    /** The node if it is an object, null if absent or null; otherwise a 400. */
    private static JsonNode object(JsonNode node, String name) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new BadRequest("`" + name + "` must be an object.");
        }
        return node;
    }

    private static JsonNode parse(String text, String name) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadRequest("`" + name + "` is not valid JSON" + at(e) + ".");
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
