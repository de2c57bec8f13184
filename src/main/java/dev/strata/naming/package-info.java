/**
 * Naming: every GraphQL name comes from here. {@link dev.strata.naming.Inflector} is the contract (the schema
 * features name what they add through it, and the compiler reads arguments back through the same calls);
 * {@link dev.strata.naming.PostGraphile4Inflector} gives PostGraphile 4's names, with {@code @name} and the other
 * naming smart tags honored. {@link dev.strata.naming.FixedNames} holds the names no inflector changes (Relay's
 * connection and mutation conventions).
 */
package dev.strata.naming;
