package dev.strata.plan;

/**
 * A request the compiler refuses, with the message the client gets and the code PostGraphile 4's error has for the
 * same request (shown with {@code --extended-errors}): PostgreSQL's SQLSTATE where PostgreSQL refuses it there,
 * Node's where an assertion of PostGraphile 4 does, none where PostGraphile 4's own error has none.
 */
public class QueryException extends RuntimeException {

    private final String errcode;

    public QueryException(String message) {
        this(message, null);
    }

    public QueryException(String message, String errcode) {
        super(message, null, false, false);
        this.errcode = errcode;
    }

    /** The error's code, or null. */
    public String errcode() {
        return errcode;
    }
}
