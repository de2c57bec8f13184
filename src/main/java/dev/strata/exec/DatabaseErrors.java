package dev.strata.exec;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The message a client sees for a database error: PostgreSQL's own message, never SQL text or a stack trace.
 * The application sees the very driver classes of Liberty's data source (server.xml: the WAR has no driver of its
 * own, its class loader shares the library {@code postgresqlLibrary}), so a server error is a {@link PSQLException}.
 */
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

    /** PostgreSQL's error behind a database error, when the server sent one. */
    static Optional<ServerErrorMessage> server(SQLException error) {
        return Optional.ofNullable(unwrap(error)).map(PSQLException::getServerErrorMessage);
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
