/**
 * SQL text, safely: {@link dev.strata.sql.Sql} is the only way Strata writes SQL. Identifiers are quoted by
 * {@link dev.strata.sql.Sql#identifier} alone and values are always bind parameters, so injection is impossible
 * by construction.
 */
package dev.strata.sql;
