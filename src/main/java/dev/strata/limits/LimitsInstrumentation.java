package dev.strata.limits;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.Optional;

/**
 * Refuses an operation that exceeds the {@link RequestLimits} after validation and before execution, so before
 * any SQL of the request runs; the refusal is a request error whose {@code extensions.code} names the limit.
 */
public final class LimitsInstrumentation extends SimplePerformantInstrumentation {

    private final RequestLimits limits;

    public LimitsInstrumentation(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        Optional<ValidationError> refusal = new OperationMeasure(limits).refusal(context.getGraphQLSchema(),
                context.getDocument(), context.getOperationDefinition().getName(), context.getCoercedVariables());
        if (refusal.isPresent()) {
            throw new AbortExecutionException(List.of(refusal.get()));
        }
        return super.beginExecuteOperation(parameters, state);
    }
}
