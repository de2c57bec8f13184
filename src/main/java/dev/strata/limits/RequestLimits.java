package dev.strata.limits;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one GraphQL request may ask for, checked before any SQL runs ({@link LimitsInstrumentation}), and the
 * PostgreSQL settings each request's transaction runs with ({@link #transactionSettings()}). Immutable.
 *
 * @param maxDepth         deepest field nesting (a root field is at depth 1)
 * @param maxCost          largest cost: each field counts once per row its enclosing collections may give, a
 *                         collection counting as its page size ({@code first}/{@code last}), or as
 *                         {@code maxPageSize} when it has none
 * @param maxPageSize      largest {@code first} or {@code last}
 * @param maxFields        most fields in the operation, fragments expanded
 * @param maxAliases       most aliased fields in the operation, fragments expanded
 * @param maxSqlLength     longest SQL statement (characters) a root field may compile to; a longer one is never
 *                         sent, whatever the other limits allowed (PostgreSQL's parse and plan time grow with it)
 * @param introspection    whether {@code __schema} and {@code __type} may be asked for
 * @param statementTimeout PostgreSQL's {@code statement_timeout} for each statement of a request ({@code 30s},
 *                         {@code 0}: none)
 * @param jit              PostgreSQL's {@code jit} for the engine's statements ({@code off} or {@code on})
 */
public record RequestLimits(int maxDepth, long maxCost, int maxPageSize, int maxFields, int maxAliases,
                            int maxSqlLength, boolean introspection, String statementTimeout, String jit) {

    /** The values server.xml declares, for engines built without configuration (tests). */
    public static final RequestLimits DEFAULTS = new RequestLimits(16, 5_000_000, 1000, 1000, 100, 1_000_000,
            true, "30s", "off");

    public RequestLimits {
        positive("maxDepth", maxDepth);
        positive("maxCost", maxCost);
        positive("maxPageSize", maxPageSize);
        positive("maxFields", maxFields);
        positive("maxAliases", maxAliases);
        positive("maxSqlLength", maxSqlLength);
        statementTimeout = statementTimeout == null ? "0" : statementTimeout.strip();
        jit = jit == null || jit.isBlank() ? "off" : jit.strip();
    }

    /** Transaction-local settings applied with the request's role and claims, in the same statement. */
    public Map<String, String> transactionSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("statement_timeout", statementTimeout);
        settings.put("jit", jit);
        return settings;
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
