package dev.strata.schema;

/**
 * Fields written in Java, merged into the generated schema after every generated feature: root queries and
 * mutations, and fields on generated types computed from their rows ({@code Post.readingTime}). Implemented by
 * {@code dev.strata.extension} for MicroProfile GraphQL beans; the schema knows only this contract.
 */
public interface SchemaExtension {

    void extend(ExtensionContext context);

    /** How errors name the extension (e.g. its class). */
    String name();
}
