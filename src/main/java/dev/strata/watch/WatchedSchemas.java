package dev.strata.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;

/**
 * The schemas the GraphQL schema is built from, and which DDL notifications concern them. A notification's payload
 * is the JSON array of the schemas a DDL command touched ({@code ddl/watch/install.sql}); {@code null} in it is a
 * command PostgreSQL names no schema for (a {@code GRANT}, say), which may change what the login role may use, so
 * it concerns every schema, as does a payload that is not such an array.
 */
record WatchedSchemas(Set<String> schemas) {

    private static final ObjectMapper JSON = new ObjectMapper();

    WatchedSchemas {
        schemas = Set.copyOf(schemas);
    }

    boolean concerns(String payload) {
        JsonNode touched;
        try {
            touched = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            return true;
        }
        if (touched == null || !touched.isArray()) {
            return true;
        }
        for (JsonNode schema : touched) {
            if (!schema.isTextual() || schemas.contains(schema.textValue())) {
                return true;
            }
        }
        return false;
    }
}
