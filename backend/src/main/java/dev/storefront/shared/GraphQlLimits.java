package dev.storefront.shared;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;
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

    /** What a connection's page is when the query doesn't say: the API's default page size. */
    private static final int DEFAULT_PAGE = 20;

    /**
     * What an index query costs, beyond the fields it answers with. Measured on the demo catalog
     * (warm, CPU per request): a search's own index query, a facet count and a type-ahead each
     * take one to two times what a 20-product catalog page takes (which costs about 340 here);
     * "did you mean" ten times that when the query found little (4 to 6 ms a word, building
     * edit-distance automata), nothing when it found enough. The weights stay well under those
     * shares so that the shop's search page with 100 results (2,000 without them) fits in half of
     * {@code max-cost}; {@code max-searches} and the request deadline bound the rest.
     */
    private static final int SEARCH_COST = 100;

    private static final Map<String, Integer> FIELD_COSTS = Map.of(
            "Query.search",
            SEARCH_COST,
            "Query.suggest",
            SEARCH_COST,
            "SearchResults.facets",
            100,
            "SearchResults.didYouMean",
            150);

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(GraphQlLimitsProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return refusal("The query nests " + depth + " levels deep; the limit (storefront.graphql.max-depth) is "
                        + maxDepth);
            }
        };
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryCost(GraphQlLimitsProperties limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxCost(), fieldCosts()) {
            @Override
            protected AbortExecutionException mkAbortException(int cost, int maxCost) {
                return refusal("The query costs " + cost + "; the limit (storefront.graphql.max-cost) is " + maxCost
                        + ". Ask for smaller pages or fewer fields");
            }
        };
    }

    @Bean
    RequestDeadline requestDeadline(Clock clock, GraphQlLimitsProperties limits) {
        return new RequestDeadline(clock, limits.requestTimeout());
    }

    /** Counts the searches an operation would run, aliases and fragments included, before it runs. */
    @Bean
    Instrumentation maxSearches(GraphQlLimitsProperties limits) {
        return new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                ExecutionContext execution = parameters.getExecutionContext();
                int searches = QueryTraverser.newQueryTraverser()
                        .schema(execution.getGraphQLSchema())
                        .document(execution.getDocument())
                        .operationName(execution.getExecutionInput().getOperationName())
                        .coercedVariables(execution.getCoercedVariables())
                        .build()
                        // __typename has no fields container to name (and is no search).
                        .reducePreOrder(
                                (field, count) -> !field.isTypeNameIntrospectionField()
                                                && isSearch(
                                                        field.getFieldsContainer()
                                                                        .getName() + "."
                                                                + field.getFieldDefinition()
                                                                        .getName(),
                                                        field.getArguments())
                                        ? count + 1
                                        : count,
                                0);
                if (searches > limits.maxSearches()) {
                    throw refusal(
                            "The query runs " + searches + " searches; the limit (storefront.graphql.max-searches) is "
                                    + limits.maxSearches() + ". Send them in separate requests");
                }
                return SimpleInstrumentationContext.noOp();
            }
        };
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

    /**
     * A field costs 1 plus its children; a connection's children count once per item of its page
     * (its own {@code first}/{@code last}, else its parent's, as {@code search(first:)} pages its
     * {@code products}); an index query adds its weight.
     */
    static FieldComplexityCalculator fieldCosts() {
        return (env, childCost) -> {
            String coordinate = env.getParentType().getName() + "."
                    + env.getFieldDefinition().getName();
            int own = FIELD_COSTS.getOrDefault(coordinate, isSearch(coordinate, env.getArguments()) ? SEARCH_COST : 1);
            GraphQLNamedType type = (GraphQLNamedType)
                    GraphQLTypeUtil.unwrapAll(env.getFieldDefinition().getType());
            if (!type.getName().endsWith("Connection")) {
                return own + childCost;
            }
            Integer page = pageSize(env.getArguments());
            if (page == null && env.getParentEnvironment() != null) {
                page = pageSize(env.getParentEnvironment().getArguments());
            }
            return own + childCost * Math.max((page != null) ? page : DEFAULT_PAGE, 1);
        };
    }

    /** The fields that run an index query: search, type-ahead, and a product list with a text query. */
    private static boolean isSearch(String coordinate, Map<String, Object> arguments) {
        return switch (coordinate) {
            case "Query.search", "Query.suggest" -> true;
            case "Query.products" ->
                arguments.get("filter") instanceof Map<?, ?> filter
                        && filter.get("query") instanceof String query
                        && !query.isBlank();
            default -> false;
        };
    }

    private static @Nullable Integer pageSize(Map<String, Object> arguments) {
        if (arguments.get("first") instanceof Integer first) {
            return first;
        }
        return (arguments.get("last") instanceof Integer last) ? last : null;
    }

    private static AbortExecutionException refusal(String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(message)
                .build()));
    }
}
