package dev.strata.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.exec.ExtendedError;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import graphql.InvalidSyntaxError;
import graphql.execution.UnknownOperationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a GraphQL response as PostGraphile 4 does: {@code errors} (message, locations, path; PostgreSQL's fields
 * with {@code --extended-errors}) before {@code data}, floating-point numbers as JavaScript writes them, and
 * HTTP 400 when the document could not be parsed or validated, 200 otherwise.
 */
final class ResponseBody {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(JavaScriptNumbers.MODULE);

    private ResponseBody() {
    }

    static int status(ExecutionResult result) {
        boolean requestError = result.getErrors().stream().anyMatch(error -> error instanceof InvalidSyntaxError
                || error instanceof ValidationError || error instanceof UnknownOperationException);
        return requestError && !result.isDataPresent() ? 400 : 200;
    }

    static String json(ExecutionResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!result.getErrors().isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            result.getErrors().forEach(error -> errors.add(error(error)));
            body.put("errors", errors);
        }
        if (result.isDataPresent()) {
            body.put("data", result.getData());
        }
        return write(body);
    }

    static String errors(String message) {
        return write(Map.of("errors", List.of(Map.of("message", message))));
    }

    /** One error with one entry in its {@code extensions}. */
    static String errors(String message, String extension, String value) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of(extension, value));
        return write(Map.of("errors", List.of(error)));
    }

    private static Map<String, Object> error(GraphQLError error) {
        Map<String, Object> json = new LinkedHashMap<>(error instanceof ExtendedError extended ? extended.topLevel()
                : Map.of());
        json.put("message", error.getMessage());
        if (error.getLocations() != null && !error.getLocations().isEmpty()) {
            List<Map<String, Integer>> locations = new ArrayList<>();
            for (SourceLocation location : error.getLocations()) {
                Map<String, Integer> at = new LinkedHashMap<>(); // line before column, as PostGraphile 4 writes
                at.put("line", location.getLine());
                at.put("column", location.getColumn());
                locations.add(at);
            }
            json.put("locations", locations);
        }
        if (error.getPath() != null && !error.getPath().isEmpty()) {
            json.put("path", error.getPath());
        }
        if (error.getExtensions() != null && !error.getExtensions().isEmpty()) {
            json.put("extensions", error.getExtensions());
        }
        return json;
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be written as JSON", e);
        }
    }
}
