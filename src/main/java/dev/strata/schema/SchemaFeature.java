package dev.strata.schema;

/**
 * One capability of the generated API: the types and fields it adds, each field with the plan the compiler
 * follows for it. A feature is made for one schema build ({@link BuildContext}: the catalog, behaviors, inflector
 * and what earlier features made) and contributes once; {@link SchemaBuilder#FEATURES} lists them all in
 * PostGraphile 4's field order.
 *
 * <p>Adding a capability is one class implementing this, one line in that list, and, if its fields read
 * something new, one plan record with its case in the compiler (docs/ARCHITECTURE.md walks through an example).
 */
interface SchemaFeature {

    void contribute();
}
