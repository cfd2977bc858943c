package dev.storefront.shared;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.springframework.stereotype.Component;

/**
 * The shop's rules for every GraphQL request, given to graphql-java as one instrumentation: the
 * operation's limits ({@link OperationLimits}) before it runs; around each field's fetcher an
 * explicit null meaning the default ({@link NullMeansDefault}), a database found unreachable
 * failing the rest at once ({@link DatabaseUnavailableInstrumentation}) and the request's deadline
 * ({@link RequestDeadlineInstrumentation}); on the result, the refusals worded for the caller
 * ({@link CallerErrorMessages}) and the errors counted ({@link GraphQlErrorCounter}).
 *
 * <p>One instrumentation, not six: graphql-java calls every instrumentation of its chain at each
 * field's execution, fetch and completion, and the six answered nothing there but took ~8% of an
 * add to the cart's CPU samples (bench/README.md). A new rule joins this class, not the chain
 * ({@code GraphQlRequestRulesTests}).
 */
@Component
class GraphQlRequestRules extends SimplePerformantInstrumentation {

    private final OperationLimits limits;

    private final NullMeansDefault nullMeansDefault = new NullMeansDefault();

    private final DatabaseUnavailableInstrumentation databaseUnavailable = new DatabaseUnavailableInstrumentation();

    private final RequestDeadlineInstrumentation deadline;

    private final CallerErrorMessages messages = new CallerErrorMessages();

    private final GraphQlErrorCounter errors;

    GraphQlRequestRules(GraphQlLimitsProperties limits, RequestDeadline deadline, GraphQlErrorCounter errors) {
        this.limits = new OperationLimits(limits);
        this.deadline = new RequestDeadlineInstrumentation(deadline);
        this.errors = errors;
    }

    /** The request's deadline, the only rule with a state of its own. */
    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return this.deadline.createStateAsync(parameters);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        return this.limits.beginExecuteOperation(parameters, state);
    }

    /** Innermost first: the deadline is checked before the database's state and the defaults. */
    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        DataFetcher<?> withDefaults = this.nullMeansDefault.instrumentDataFetcher(fetcher, parameters, state);
        DataFetcher<?> guarded = this.databaseUnavailable.instrumentDataFetcher(withDefaults, parameters, state);
        return this.deadline.instrumentDataFetcher(guarded, parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return this.messages
                .instrumentExecutionResult(result, parameters, state)
                .thenApply((worded) -> {
                    this.errors.countAll(worded);
                    return worded;
                });
    }
}
