package dev.strata.catalog;

/** An input argument of a function ({@code IN}, {@code INOUT} or {@code VARIADIC}); name is empty when unnamed. */
public record PgArgument(String name, long typeOid, boolean hasDefault) {
}
