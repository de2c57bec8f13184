/**
 * Execution: build once, serve many. {@link dev.strata.exec.SchemaFactory} builds a
 * {@link dev.strata.exec.ServedSchema} (catalog, behaviors, schema, compiler) at start;
 * {@link dev.strata.exec.RequestExecutor} runs each request against it: one transaction
 * ({@link dev.strata.exec.RequestTransaction}; READ ONLY unless a mutation; a query with one root field is one
 * round trip in PostgreSQL's implicit transaction, any other request in Liberty the container's JTA
 * transaction, shared with JPA code), opened by the {@link dev.strata.exec.ConnectionInterceptor}'s one
 * statement that applies the request's role and claims, then graphql-java, whose root fields compile and run
 * their SQL ({@link dev.strata.exec.RootFieldFetcher}). {@link dev.strata.exec.Engine} is the application's
 * executor, built when the application starts; no SQL text or stack trace leaves this package in an answer.
 */
package dev.strata.exec;
