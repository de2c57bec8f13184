package dev.strata.exec;

import dev.strata.limits.RequestLimits;
import dev.strata.schema.JwtType;
import java.util.List;

/**
 * What shapes the generated schema besides the catalog.
 *
 * @param schemas        the PostgreSQL schemas the API is generated from
 * @param globalBehavior the behavior every entity starts from after Strata's defaults, e.g.
 *                       {@code -insert -update -delete} for a read-only API
 * @param ignoreRbac     whether the schema shows what no role the login role can become may use
 * @param jwt            the composite type whose values are returned as signed tokens, or {@link JwtType#NONE}
 * @param limits         what a request may ask for, and the settings its transaction runs with
 */
public record SchemaSettings(List<String> schemas, String globalBehavior, boolean ignoreRbac, JwtType jwt,
                             RequestLimits limits) {

    public SchemaSettings {
        schemas = List.copyOf(schemas);
        globalBehavior = globalBehavior == null ? "" : globalBehavior.strip();
        limits = limits == null ? RequestLimits.DEFAULTS : limits;
    }

    /** With the default {@link RequestLimits}. */
    public SchemaSettings(List<String> schemas, String globalBehavior, boolean ignoreRbac, JwtType jwt) {
        this(schemas, globalBehavior, ignoreRbac, jwt, RequestLimits.DEFAULTS);
    }
}
