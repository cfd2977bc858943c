package dev.storefront.shared;

import java.util.List;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses operations that nest too deep, cost too much or search too much before any resolver
 * (and so any SQL or index query) runs, each with a BAD_REQUEST error naming the limit. The three
 * are checked in that order from one walk of the operation ({@link OperationSize}), or from the
 * walk of an earlier request with the same document when its variables can't change the size
 * ({@link OperationSizes}). One of the {@link GraphQlRequestRules}.
 */
final class OperationLimits extends SimplePerformantInstrumentation {

    private final GraphQlLimitsProperties limits;

    private final OperationSizes sizes = new OperationSizes();

    OperationLimits(GraphQlLimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        OperationSize size = this.sizes.of(
                execution.getGraphQLSchema(),
                execution.getDocument(),
                execution.getExecutionInput().getOperationName(),
                execution.getCoercedVariables());
        if (size.depth() > this.limits.maxDepth()) {
            throw refusal("The query nests " + size.depth()
                    + " levels deep; the limit (storefront.graphql.max-depth) is " + this.limits.maxDepth());
        }
        if (size.cost() > this.limits.maxCost()) {
            throw refusal("The query costs " + size.cost() + "; the limit (storefront.graphql.max-cost) is "
                    + this.limits.maxCost() + ". Ask for smaller pages or fewer fields");
        }
        if (size.searches() > this.limits.maxSearches()) {
            throw refusal("The query runs " + size.searches()
                    + " searches; the limit (storefront.graphql.max-searches) is " + this.limits.maxSearches()
                    + ". Send them in separate requests");
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static AbortExecutionException refusal(String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(message)
                .build()));
    }
}
