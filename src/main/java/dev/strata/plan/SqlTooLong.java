package dev.strata.plan;

/** A root field whose SQL is longer than the compiler's maximum: refused before the statement is sent. */
public final class SqlTooLong extends QueryException {

    SqlTooLong(int length, int maximum) {
        super("This request compiles to " + length + " characters of SQL, more than the maximum of " + maximum
                + "; ask for fewer fields.");
    }
}
