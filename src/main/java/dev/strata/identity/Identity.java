package dev.strata.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who a request runs as: the role, and the verified claims of its token (none for an anonymous request).
 * {@link #settings()} is what the connection interceptor applies before any SQL of the request.
 */
public record Identity(String role, JsonNode claims) {

    /**
     * A name part PostgreSQL accepts in a custom setting's name ({@code jwt.claims.<name>}): letters, digits,
     * {@code _} and {@code $}, not starting with a digit or {@code $}, parts separated by single dots.
     */
    private static final Pattern SETTING_NAME =
            Pattern.compile("[A-Za-z_\\x{80}-\\x{10FFFF}][A-Za-z0-9_$\\x{80}-\\x{10FFFF}]*"
                    + "(\\.[A-Za-z_\\x{80}-\\x{10FFFF}][A-Za-z0-9_$\\x{80}-\\x{10FFFF}]*)*");

    /** A request without a token: the default role (none when blank). */
    public static Identity anonymous(String defaultRole) {
        return new Identity(defaultRole == null || defaultRole.isBlank() ? null : defaultRole, null);
    }

    /**
     * {@code role} (when there is one) and {@code jwt.claims.<name>} for every claim, valued as PostGraphile 4
     * values them ({@link ClaimText}); a claim whose value is {@code null} sets nothing, and so does a claim
     * whose name PostgreSQL would refuse as part of a setting's name (e.g. {@code https://example.com/claims}:
     * PostGraphile 4 fails the whole request on one).
     */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        if (role != null) {
            settings.put("role", role);
        }
        if (claims != null) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = claims.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> claim = fields.next();
                String value = ClaimText.setting(claim.getValue());
                if (value != null && SETTING_NAME.matcher(claim.getKey()).matches()) {
                    settings.put("jwt.claims." + claim.getKey(), value);
                }
            }
        }
        return Collections.unmodifiableMap(settings);
    }
}
