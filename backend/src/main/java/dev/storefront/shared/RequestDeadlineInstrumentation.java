package dev.storefront.shared;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition.Operation;
import graphql.schema.DataFetcher;

/**
 * The request deadline: the request's time starts with its execution; once it has passed, no
 * further field is fetched (each is null with a TIMEOUT error, and what was resolved stays in the
 * response). Fields that only read a property start no work and are left alone. A subscription's
 * deadline bounds its start (the subscription field); each event it later streams is resolved
 * long after the request's time has passed, and is bounded by the stream's own rules instead
 * ({@code storefront.live.*}).
 */
class RequestDeadlineInstrumentation extends SimplePerformantInstrumentation {

    private final RequestDeadline deadline;

    RequestDeadlineInstrumentation(RequestDeadline deadline) {
        this.deadline = deadline;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Deadline(this.deadline.start()));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || !(state instanceof Deadline request) || isEventField(parameters)) {
            return fetcher;
        }
        return (env) -> this.deadline.hasPassed(request.at())
                ? DataFetcherResult.newResult()
                        .error(RequestTimeouts.error(env))
                        .build()
                : fetcher.get(env);
    }

    /** A field of an event a subscription streams: below the subscription field. */
    static boolean isEventField(InstrumentationFieldFetchParameters parameters) {
        return parameters.getExecutionContext().getOperationDefinition().getOperation() == Operation.SUBSCRIPTION
                && parameters.getEnvironment().getExecutionStepInfo().getPath().getLevel() > 1;
    }

    private record Deadline(Instant at) implements InstrumentationState {}
}
