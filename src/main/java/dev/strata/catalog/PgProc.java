package dev.strata.catalog;

import java.util.List;

/**
 * A function.
 *
 * @param volatility {@code i} immutable, {@code s} stable, {@code v} volatile
 * @param executable whether at least one role the connecting user can become may execute it
 */
public record PgProc(long oid, String schema, String name, List<PgArgument> arguments, long returnTypeOid,
                     boolean returnsSet, char volatility, boolean strict, Documentation doc, boolean executable) {

    public PgProc {
        arguments = List.copyOf(arguments);
    }

    /**
     * Whether a call must give the argument: a STRICT function answers null when any argument is null, so
     * PostGraphile makes its arguments without a default required.
     */
    public boolean requires(int argument) {
        return strict && !arguments.get(argument).hasDefault();
    }

    public boolean isVolatile() {
        return volatility == 'v';
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
