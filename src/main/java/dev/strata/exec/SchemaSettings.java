package dev.strata.exec;

import dev.strata.catalog.CatalogOptions;
import dev.strata.limits.RequestLimits;
import dev.strata.schema.JwtType;
import dev.strata.schema.SchemaExtension;
import java.util.List;

/**
 * What shapes the generated schema besides the catalog.
 *
 * @param schemas        the PostgreSQL schemas the API is generated from
 * @param globalBehavior the behavior every entity starts from after Strata's defaults, e.g.
 *                       {@code -insert -update -delete} for a read-only API
 * @param ignoreRbac     whether the schema shows what no role the login role can become may use
 * @param jwt            the composite type whose values are returned as signed tokens, or {@link JwtType#NONE}
 * @param catalog        what the introspection reads besides the schemas (partitioned tables)
 * @param classicIds     PostGraphile 4's {@code --classic-ids}: the node id field is {@code id}, a column {@code id}
 *                       is {@code rowId}
 * @param extensions     fields written in Java (MicroProfile GraphQL beans), merged into the generated schema
 * @param limits         what a request may ask for, and the settings its transaction runs with
 * @param options        PostGraphile 4's options for the types, collections, mutations and errors
 */
public record SchemaSettings(List<String> schemas, String globalBehavior, boolean ignoreRbac, JwtType jwt,
                             CatalogOptions catalog, boolean classicIds, List<SchemaExtension> extensions,
                             RequestLimits limits, PostGraphileOptions options) {

    public SchemaSettings {
        options = options == null ? PostGraphileOptions.DEFAULTS : options;
        schemas = List.copyOf(schemas);
        extensions = List.copyOf(extensions);
        globalBehavior = globalBehavior == null ? "" : globalBehavior.strip();
        limits = limits == null ? RequestLimits.DEFAULTS : limits;
    }

    /** With PostGraphile 4's default values of the options {@link PostGraphileOptions} holds. */
    public SchemaSettings(List<String> schemas, String globalBehavior, boolean ignoreRbac, JwtType jwt,
                          CatalogOptions catalog, boolean classicIds, List<SchemaExtension> extensions,
                          RequestLimits limits) {
        this(schemas, globalBehavior, ignoreRbac, jwt, catalog, classicIds, extensions, limits,
                PostGraphileOptions.DEFAULTS);
    }

    /** The global behavior: the options' behavior, then the configured one. */
    String behavior() {
        return (options.behavior() + " " + globalBehavior).strip();
    }

    /** With PostGraphile 4's default catalog options and names, no Java extensions, the default limits. */
    public SchemaSettings(List<String> schemas, String globalBehavior, boolean ignoreRbac, JwtType jwt) {
        this(schemas, globalBehavior, ignoreRbac, jwt, CatalogOptions.DEFAULTS, false, List.of(),
                RequestLimits.DEFAULTS);
    }
}
