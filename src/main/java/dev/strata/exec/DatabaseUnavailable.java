package dev.strata.exec;

import graphql.ExecutionResult;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Database errors that say PostgreSQL cannot be reached now — no connection (SQLSTATE class 08, the pool's
 * connection exceptions), shutting down or starting up (57P01–57P03) — rather than anything about the request: it
 * may succeed once the database is back, so the HTTP answer is 503. A field failing so carries {@link #CODE}.
 */
public final class DatabaseUnavailable {

    public static final String CODE = "DATABASE_UNAVAILABLE";
    public static final String MESSAGE = "The database is not available; try again shortly.";

    private static final Set<String> SHUTDOWN = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** Whether the error, or one it wraps or chains, says the database cannot be reached now. */
    public static boolean is(SQLException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || SHUTDOWN.contains(state))) {
                    return true;
                }
                if (sql.getNextException() != null && is(sql.getNextException())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a field of the result failed because the database could not be reached. */
    public static boolean in(ExecutionResult result) {
        return result.getErrors().stream().anyMatch(error -> error.getExtensions() != null
                && CODE.equals(error.getExtensions().get("code")));
    }
}
