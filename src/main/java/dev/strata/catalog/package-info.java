/**
 * Catalog: what the database says, read once. {@link dev.strata.catalog.Introspector} runs one query
 * ({@code introspection.sql}) over {@code pg_catalog} for the configured schemas and reads the answer into an
 * immutable {@link dev.strata.catalog.Catalog}: tables, views, materialized views and composite types with their
 * attributes and constraints, functions (volatility, strictness, arguments and defaults, {@code setof}), the
 * types they refer to, the privileges of the roles the connecting user can become, and comments split into smart
 * tags and description ({@link dev.strata.catalog.Documentation}). {@link dev.strata.catalog.SmartConstraints}
 * turns {@code @primaryKey}, {@code @unique} and {@code @foreignKey} tags into constraints, so views behave like
 * tables. Nothing here knows GraphQL.
 */
package dev.strata.catalog;
