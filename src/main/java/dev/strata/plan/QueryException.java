package dev.strata.plan;

/** A request the compiler refuses, with the message the client gets. */
public class QueryException extends RuntimeException {

    public QueryException(String message) {
        super(message, null, false, false);
    }
}
