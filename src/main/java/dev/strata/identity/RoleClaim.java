package dev.strata.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where the role is in a token's claims (PostGraphile 4's {@code --jwt-role}), from the configured path:
 * <ul>
 * <li>with a comma, the path's parts exactly as PostGraphile 4 takes them: {@code https://example.com/claims,role};</li>
 * <li>without one, parts separated by dots, where a part may itself contain dots: at each level the longest
 *     key of the claims that the path starts with is taken, so {@code https://example.com/claims.role} and
 *     {@code app.roles.db} both work;</li>
 * <li>default {@code role}.</li>
 * </ul>
 */
public final class RoleClaim {

    private final String path;
    private final List<String> parts; // null for a dotted path, resolved against the claims

    private RoleClaim(String path, List<String> parts) {
        this.path = path;
        this.parts = parts;
    }

    public static RoleClaim of(String path) {
        String trimmed = path == null || path.isBlank() ? "role" : path.strip();
        return trimmed.contains(",")
                ? new RoleClaim(trimmed, Arrays.stream(trimmed.split(",")).map(String::strip).toList())
                : new RoleClaim(trimmed, null);
    }

    /**
     * The role the claims name, or empty when the path leads nowhere (then the default role applies).
     *
     * @throws JwtRejection 403, PostGraphile 4's message, when the value there is not a string
     */
    public Optional<String> role(JsonNode claims) {
        JsonNode value = parts == null ? dotted(claims, path) : walk(claims, parts);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            // PostGraphile 4 names the type of the top-level "role" claim here, whatever the path.
            throw JwtRejection.forbidden("JWT `role` claim must be a string. Instead found '"
                    + typeOf(claims.get("role")) + "'.");
        }
        return Optional.of(value.textValue());
    }

    /** JavaScript's {@code typeof} of a JSON value ({@code undefined} when absent). */
    static String typeOf(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "undefined";
        }
        if (value.isTextual()) {
            return "string";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return "object";
    }

    private static JsonNode walk(JsonNode node, List<String> parts) {
        JsonNode current = node;
        for (String part : parts) {
            if (!truthy(current)) {
                return null;
            }
            current = child(current, part);
        }
        return current;
    }

    private static JsonNode dotted(JsonNode node, String rest) {
        if (!truthy(node)) {
            return null;
        }
        JsonNode exact = child(node, rest);
        if (exact != null) {
            return exact;
        }
        for (int dot = rest.lastIndexOf('.'); dot > 0; dot = rest.lastIndexOf('.', dot - 1)) {
            JsonNode next = child(node, rest.substring(0, dot));
            if (next != null) {
                return dotted(next, rest.substring(dot + 1));
            }
        }
        return null;
    }

    private static JsonNode child(JsonNode node, String key) {
        if (node.isObject()) {
            return node.get(key);
        }
        if (node.isArray() && key.matches("0|[1-9][0-9]{0,8}")) {
            return node.get(Integer.parseInt(key));
        }
        return null;
    }

    /** JavaScript truthiness, as PostGraphile 4's path walk stops at a falsy value. */
    private static boolean truthy(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (node.isTextual()) {
            return !node.textValue().isEmpty();
        }
        if (node.isNumber()) {
            return node.doubleValue() != 0;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return true;
    }

    @Override
    public String toString() {
        return path;
    }
}
