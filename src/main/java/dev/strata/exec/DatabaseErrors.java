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
