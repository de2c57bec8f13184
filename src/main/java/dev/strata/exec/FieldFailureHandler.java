package dev.strata.exec;

import dev.strata.schema.UnexpectedFailure;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.concurrent.CompletableFuture;

/**
 * What a field that throws gives: instead of graphql-java's default (the exception's message to the client, a
 * warning with the stack trace in the log), the failure is logged once with a correlation id and the client gets
 * "An unexpected error occurred." with that id in {@code extensions.correlationId}.
 */
final class FieldFailureHandler implements DataFetcherExceptionHandler {

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        String id = UnexpectedFailure.log("field " + parameters.getPath(), parameters.getException());
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(
                UnexpectedFailure.error(parameters.getDataFetchingEnvironment(), UnexpectedFailure.MESSAGE, id)).build());
    }
}
