package dev.strata.schema;

/**
 * PostGraphile 4's options that change the types of the generated schema.
 *
 * @param dynamicJson                PostGraphile 4's {@code --dynamic-json}: {@code JSON} values are JSON values in
 *                                   outputs and inputs, not their JSON text as strings
 * @param setofFunctionsContainNulls PostGraphile 4's {@code --no-setof-functions-contain-nulls} when false: the
 *                                   rows of every connection of a table type and of a function's list are
 *                                   non-null ({@code nodes: [Post!]!}, {@code node: Post!})
 */
public record SchemaOptions(boolean dynamicJson, boolean setofFunctionsContainNulls) {

    /** PostGraphile 4's defaults: JSON as text, rows of sets nullable. */
    public static final SchemaOptions DEFAULTS = new SchemaOptions(false, true);
}
