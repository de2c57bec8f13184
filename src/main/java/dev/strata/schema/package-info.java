/**
 * Schema: builds the graphql-java schema from a catalog, its behaviors and an inflector. Each capability of the
 * API is one {@link dev.strata.schema.SchemaFeature} (row types, columns, relations, computed columns, the node
 * interface, root collections, lookups by unique key and by node id, create/update/delete mutations, function
 * mutations), listed once in {@link dev.strata.schema.SchemaBuilder}; each asks typed behavior questions, takes
 * every name from the inflector, and gives every field it adds a {@link dev.strata.plan.FieldPlan} (or, for a
 * mutation, a {@link dev.strata.plan.MutationPlan}) saying what it reads or writes. Features share the types
 * several of them need (connections, row inputs, payloads) through the {@code BuildContext} of one build.
 */
package dev.strata.schema;
