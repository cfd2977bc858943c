package dev.storefront.shared;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts the errors the API answers with, by classification ({@code storefront.graphql.errors}):
 * those of GraphQL execution ({@link GraphQlRequestRules}) and those of requests refused before
 * it ran ({@link GraphQlErrorResponses}). The classifications are the shop's and the libraries'
 * enums, a bounded set; anything else counts as {@code OTHER}.
 */
@Component
class GraphQlErrorCounter {

    static final String NAME = "storefront.graphql.errors";

    private final MeterRegistry registry;

    GraphQlErrorCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts each error of an execution's result ({@link GraphQlRequestRules}). */
    void countAll(ExecutionResult result) {
        for (GraphQLError error : result.getErrors()) {
            count(error.getErrorType());
        }
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
