package dev.strata.exec;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** The message a client sees for a database error: PostgreSQL's own message, never SQL text or a stack trace. */
final class DatabaseErrors {

    private DatabaseErrors() {
    }

    static String message(SQLException error) {
        PSQLException postgres = unwrap(error);
        if (postgres != null && postgres.getServerErrorMessage() != null) {
            ServerErrorMessage server = postgres.getServerErrorMessage();
            if (server.getMessage() != null) {
                return server.getMessage();
            }
        }
        // In Liberty the data source's driver is loaded by the server's library, not from the application: its
        // PSQLException is another class of the same name, whose message starts "SEVERITY: message".
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().equals(PSQLException.class.getName()) && cause.getMessage() != null) {
                String first = cause.getMessage().lines().findFirst().orElse("");
                int colon = first.indexOf(": ");
                if (colon > 0 && !first.substring(0, colon).contains(" ")) {
                    return first.substring(colon + 2);
                }
            }
        }
        return "The database could not answer this request (SQLSTATE " + error.getSQLState() + ")";
    }

    private static PSQLException unwrap(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException postgres) {
                return postgres;
            }
        }
        return null;
    }
}
