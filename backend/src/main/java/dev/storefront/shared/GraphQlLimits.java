package dev.storefront.shared;

import java.time.Clock;

import graphql.parser.ParserOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Refuses documents that are too large while they are read (the parser's limits), and bounds
 * every request by its deadline; the depth, cost and search limits are {@link OperationLimits}.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

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
}
