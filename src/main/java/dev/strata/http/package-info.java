/**
 * HTTP: the JAX-RS face. {@link dev.strata.http.JwtFilter} decides every GraphQL request's identity (a verified
 * token's role and claims, or the default role) or refuses it with PostGraphile 4's status; then
 * {@link dev.strata.http.GraphQLResource} reads the request ({@code POST}, and {@code GET} for queries) and answers
 * with PostGraphile 4's status codes. Also the SDL ({@code /graphql/schema.graphql}) and, for administrators, the
 * behavior report ({@code /graphql/behaviors}).
 */
package dev.strata.http;
