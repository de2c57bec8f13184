package dev.strata.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A function.
 *
 * @param arguments  its input arguments ({@code IN}, {@code INOUT}, {@code VARIADIC}), in order
 * @param outputs    its output parameters ({@code OUT}, {@code INOUT}, the columns of {@code returns table}), in
 *                   order; several make the function return {@code record}, one is its return type
 * @param volatility {@code i} immutable, {@code s} stable, {@code v} volatile
 * @param executable whether at least one role the connecting user can become may execute it
 */
public record PgProc(long oid, String schema, String name, List<PgArgument> arguments, List<PgArgument> outputs,
                     long returnTypeOid,
                     boolean returnsSet, char volatility, boolean strict, Documentation doc, boolean executable) {

    public PgProc {
        arguments = List.copyOf(arguments);
        outputs = List.copyOf(outputs);
    }

    /** Whether it returns (a set of) rows of its output parameters, the {@code record} they make together. */
    public boolean returnsRecord() {
        return outputs.size() > 1;
    }

    /**
     * Whether a call must give the argument: a STRICT function answers null when any argument is null, so
     * PostGraphile makes its arguments without a default required.
     */
    public boolean requires(int argument) {
        return strict && !arguments.get(argument).hasDefault();
    }

    /**
     * The row its output parameters make, as a composite type with no catalog entry (oid 0): a column per output
     * parameter, an unnamed one called {@code column1}, {@code column2}, … as PostgreSQL calls it.
     */
    public PgClass record() {
        List<PgAttribute> columns = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            PgArgument output = outputs.get(i);
            columns.add(new PgAttribute(output.name().isEmpty() ? "column" + (i + 1) : output.name(), i + 1,
                    output.typeOid(), -1, false, false, false, Documentation.NONE, Privileges.ALL));
        }
        return new PgClass(0, schema, name, 'c', returnTypeOid, columns, List.of(), Documentation.NONE,
                Privileges.ALL, new Privileges(true, false, false, false));
    }

    public boolean isVolatile() {
        return volatility == 'v';
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
