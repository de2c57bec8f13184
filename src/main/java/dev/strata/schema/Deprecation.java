package dev.strata.schema;

import dev.strata.catalog.Documentation;

/** PostGraphile 4's {@code @deprecated reason} smart tag: the deprecation reason of the fields an entity gives. */
final class Deprecation {

    private Deprecation() {
    }

    /** The reason, or null when the entity is not deprecated; a tag without a value still deprecates. */
    static String reason(Documentation doc) {
        return doc.has("deprecated") ? doc.tag("deprecated").filter(r -> !r.isBlank()).orElse("No longer supported")
                : null;
    }
}
