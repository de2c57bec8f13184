package dev.strata.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a client can rely on in the answer to a document that cannot be parsed or validated, whatever library
 * words the messages: the HTTP status, which top-level keys the body has, and per error whether it has a
 * non-empty message and locations.
 */
record DocumentErrorShape(int status, List<String> bodyKeys, List<String> errors) {

    static DocumentErrorShape of(JsonNode answer) {
        JsonNode body = answer.get("body");
        List<String> keys = new ArrayList<>();
        body.fieldNames().forEachRemaining(keys::add);
        keys.sort(String::compareTo);
        List<String> errors = new ArrayList<>();
        body.path("errors").forEach(error -> errors.add(
                (error.path("message").asText().isBlank() ? "no message" : "message")
                        + (error.has("locations") ? " with locations" : "")));
        return new DocumentErrorShape(answer.get("status").asInt(), keys, errors);
    }
}
