package dev.strata.http;

import java.util.Locale;

/**
 * Which statuses {@code application/json} answers get ({@code strata.http.json-status}): PostGraphile 4's (400 when
 * the document does not parse or validate) or the GraphQL-over-HTTP spec's (200 for every GraphQL result).
 */
enum JsonStatus {
    POSTGRAPHILE, SPEC;

    static JsonStatus of(String setting) {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "postgraphile" -> POSTGRAPHILE;
            case "spec" -> SPEC;
            default -> throw new IllegalArgumentException(
                    "strata.http.json-status must be postgraphile or spec, not " + setting);
        };
    }
}
