/**
 * Java extensions: MicroProfile GraphQL {@code @GraphQLApi} beans merged into the generated schema, the way
 * PostGraphile users extend theirs with plugins. {@link dev.strata.extension.GraphQLApiBeans} finds the beans (a
 * CDI portable extension); each is a {@code JavaApi}, a {@link dev.strata.schema.SchemaExtension} whose methods
 * become root fields and fields of generated row types ({@code @Source}), run in the request's transaction with
 * its role and claims.
 */
package dev.strata.extension;
