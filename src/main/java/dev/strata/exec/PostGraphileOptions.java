package dev.strata.exec;

import dev.strata.behavior.CollectionShapes;
import dev.strata.schema.SchemaOptions;

/**
 * PostGraphile 4's command-line options that shape the schema and its errors (each a server.xml variable, README).
 *
 * @param schema            {@code --dynamic-json}, {@code --no-setof-functions-contain-nulls}
 * @param simpleCollections {@code --simple-collections omit|both|only}
 * @param defaultMutations  false for {@code --disable-default-mutations}: no create, update and delete mutations
 *                          (mutation functions stay)
 * @param extendedErrors    {@code --extended-errors}: the fields of PostgreSQL's errors that GraphQL errors carry
 */
public record PostGraphileOptions(SchemaOptions schema, CollectionShapes simpleCollections, boolean defaultMutations,
                                  ErrorFields extendedErrors) {

    /** PostGraphile 4's defaults. */
    public static final PostGraphileOptions DEFAULTS = new PostGraphileOptions(SchemaOptions.DEFAULTS,
            CollectionShapes.OMIT, true, ErrorFields.NONE);

    /**
     * The global behavior these options amount to, before the configured one ({@code strata.behavior.default}),
     * which can override them, and before every entity's own tags ({@code @simpleCollections}, {@code @behavior}).
     * {@code --disable-default-mutations} denies the tables' mutations ({@code resource:insert}, ...), not their
     * columns' {@code attribute:insert}: the row inputs stay whole for the functions that take rows, as in
     * PostGraphile 4.
     */
    String behavior() {
        return (simpleCollections.behavior()
                + (defaultMutations ? "" : " -resource:insert -resource:update -resource:delete")).strip();
    }
}
