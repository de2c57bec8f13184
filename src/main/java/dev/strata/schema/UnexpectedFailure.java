package dev.strata.schema;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure the client may not read: logged once, with its stack trace and a new correlation id, on the server;
 * the client gets a fixed message and the same id in {@code extensions.correlationId}, never the exception.
 */
public final class UnexpectedFailure {

    /** What the client reads of a failure of the engine itself. */
    public static final String MESSAGE = "An unexpected error occurred.";

    private static final Logger LOG = Logger.getLogger(UnexpectedFailure.class.getName());

    private UnexpectedFailure() {
    }

    /** Logs the failure of {@code what}; returns the correlation id of the log entry. */
    public static String log(String what, Throwable failure) {
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, what + " failed, correlation id " + id, failure);
        return id;
    }

    /** The field's GraphQL error (path, location) with {@code message} and the correlation id of its log entry. */
    public static GraphQLError error(DataFetchingEnvironment environment, String message, String correlationId) {
        return GraphqlErrorBuilder.newError(environment).message(message)
                .extensions(Map.of("correlationId", correlationId)).build();
    }
}
