package dev.storefront.shared;

import java.util.List;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Refuses queries that are too large, deep or costly before any resolver (and so any SQL)
 * runs, each with a BAD_REQUEST error naming the limit.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

	/** What a connection's page is when the query doesn't say: the API's default page size. */
	private static final int DEFAULT_PAGE = 20;

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
		return new MaxQueryComplexityInstrumentation(limits.maxCost(), connectionsCostPerItem()) {
			@Override
			protected AbortExecutionException mkAbortException(int cost, int maxCost) {
				return refusal("The query costs " + cost + "; the limit (storefront.graphql.max-cost) is " + maxCost
						+ ". Ask for smaller pages or fewer fields");
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

	/** A field costs 1 plus its children; a connection's children count once per item of its page. */
	static FieldComplexityCalculator connectionsCostPerItem() {
		return (env, childCost) -> {
			GraphQLNamedType type = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getFieldDefinition().getType());
			if (!type.getName().endsWith("Connection")) {
				return 1 + childCost;
			}
			Object first = env.getArguments().get("first");
			Object last = env.getArguments().get("last");
			int page = (first instanceof Integer f) ? f : (last instanceof Integer l) ? l : DEFAULT_PAGE;
			return 1 + childCost * Math.max(page, 1);
		};
	}

	private static AbortExecutionException refusal(String message) {
		return new AbortExecutionException(
				List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build()));
	}

}
