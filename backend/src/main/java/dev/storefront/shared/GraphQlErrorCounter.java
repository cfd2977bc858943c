package dev.storefront.shared;

import java.util.concurrent.CompletableFuture;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts the errors the API answers with, by classification ({@code storefront.graphql.errors}):
 * those of GraphQL execution (here, as an instrumentation) and those of requests refused before
 * it ran ({@link GraphQlErrorResponses}). The classifications are the shop's and the libraries'
 * enums, a bounded set; anything else counts as {@code OTHER}.
 */
@Component
class GraphQlErrorCounter implements Instrumentation {

    static final String NAME = "storefront.graphql.errors";

    private final MeterRegistry registry;

    GraphQlErrorCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result,
            InstrumentationExecutionParameters parameters,
            @Nullable InstrumentationState state) {
        for (GraphQLError error : result.getErrors()) {
            count(error.getErrorType());
        }
        return CompletableFuture.completedFuture(result);
    }

    void count(@Nullable ErrorClassification classification) {
        String tag = (classification instanceof Enum<?> known) ? known.name() : "OTHER";
        Counter.builder(NAME)
                .description("GraphQL errors answered, by classification")
                .tag("classification", tag)
                .register(this.registry)
                .increment();
    }
}
