package dev.strata.exec;

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
 */
public record SchemaSettings(List<String> schemas, String globalBehavior, boolean ignoreRbac, JwtType jwt) {

    public SchemaSettings {
        schemas = List.copyOf(schemas);
        globalBehavior = globalBehavior == null ? "" : globalBehavior.strip();
    }
}
