package dev.strata.catalog;

/**
 * An argument of a function: an input ({@code IN}, {@code INOUT} or {@code VARIADIC}) or an output ({@code OUT},
 * {@code INOUT}, a {@code returns table} column, never with a default); name is empty when unnamed.
 */
public record PgArgument(String name, long typeOid, boolean hasDefault) {
}
