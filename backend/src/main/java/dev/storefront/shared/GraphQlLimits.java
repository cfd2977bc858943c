package dev.storefront.shared;

import java.time.Clock;
import java.util.List;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.parser.ParserOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Refuses queries that are too large, deep, costly or search too much before any resolver (and
 * so any SQL or index query) runs, each with a BAD_REQUEST error naming the limit.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

    /**
     * The depth, cost and search limits, checked in that order from one walk of the operation
     * ({@link OperationSize}) before it runs, or from the walk of an earlier request with the
     * same document when its variables can't change the size ({@link OperationSizes}).
     */
    @Bean
    Instrumentation operationLimits(GraphQlLimitsProperties limits) {
        OperationSizes sizes = new OperationSizes();
        return new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                ExecutionContext execution = parameters.getExecutionContext();
                OperationSize size = sizes.of(
                        execution.getGraphQLSchema(),
                        execution.getDocument(),
                        execution.getExecutionInput().getOperationName(),
                        execution.getCoercedVariables());
                if (size.depth() > limits.maxDepth()) {
                    throw refusal("The query nests " + size.depth()
                            + " levels deep; the limit (storefront.graphql.max-depth) is " + limits.maxDepth());
                }
                if (size.cost() > limits.maxCost()) {
                    throw refusal("The query costs " + size.cost() + "; the limit (storefront.graphql.max-cost) is "
                            + limits.maxCost() + ". Ask for smaller pages or fewer fields");
                }
                if (size.searches() > limits.maxSearches()) {
                    throw refusal("The query runs " + size.searches()
                            + " searches; the limit (storefront.graphql.max-searches) is " + limits.maxSearches()
                            + ". Send them in separate requests");
                }
                return SimpleInstrumentationContext.noOp();
            }
        };
    }

    @Bean
    RequestDeadline requestDeadline(Clock clock, GraphQlLimitsProperties limits) {
        return new RequestDeadline(clock, limits.requestTimeout());
    }

    /** Parser limits for every request, so a huge document is refused while being read. */
    @Bean
    WebGraphQlInterceptor parserLimits(GraphQlLimitsProperties limits) {
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
                .transform((builder) -> builder.maxTokens(limits.maxTokens()).maxCharacters(limits.maxCharacters()));
        return new WebGraphQlInterceptor() {
            @Override
            public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
                request.configureExecutionInput((input, builder) -> {
                    input.getGraphQLContext().put(ParserOptions.class, options);
                    return input;
                });
                return chain.next(request);
            }
        };
    }

    private static AbortExecutionException refusal(String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(message)
                .build()));
    }
}
