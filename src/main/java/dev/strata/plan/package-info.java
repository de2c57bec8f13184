/**
 * Plan: compiles a root field's plan and merged selection ({@link dev.strata.plan.Selection}) into SQL through
 * {@link dev.strata.plan.SqlCompiler}. A query field is one statement whose one value is the field's JSON, built by
 * PostgreSQL in the shape of the response; a mutation field is its write and, when its payload reads the database,
 * one read after it. Plans are sealed and compiled through visitors, so a plan without a compiler case does not
 * compile. Connections ({@code ConnectionCompiler}), orderings and cursors ({@code Ordering}), and the formats of
 * values in and out ({@link dev.strata.plan.SqlValues}) each have their own class.
 */
package dev.strata.plan;
