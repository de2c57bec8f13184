package dev.strata.exec;

import dev.strata.behavior.BehaviorReport;
import dev.strata.plan.SqlCompiler;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;

/**
 * One built schema, ready to serve: graphql-java over the generated schema (with its document cache), the
 * compiler of its plans, and the report of the behaviors that shaped it. Immutable; a rebuild makes a new one.
 */
public record ServedSchema(GraphQL graphQL, GraphQLSchema schema, SqlCompiler compiler, BehaviorReport behaviors) {
}
