package dev.strata.exec;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;

/**
 * graphql-java's query execution, except that a root field answered with {@link RawJson} is complete as it is:
 * its nested fields are not walked, its JSON not parsed, and the text goes into the response unchanged.
 */
final class SplicingExecutionStrategy extends AsyncExecutionStrategy {

    /** @param failures what a field that throws answers (the builder's default handler is not used for a strategy given to it) */
    SplicingExecutionStrategy(DataFetcherExceptionHandler failures) {
        super(failures);
    }

    @Override
    protected FieldValueInfo completeValue(ExecutionContext context, ExecutionStrategyParameters parameters) {
        if (parameters.getSource() instanceof RawJson raw) {
            return new FieldValueInfo(FieldValueInfo.CompleteValueType.OBJECT, raw);
        }
        return super.completeValue(context, parameters);
    }
}
