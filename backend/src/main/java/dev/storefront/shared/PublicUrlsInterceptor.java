package dev.storefront.shared;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/** Puts the shop's public address for this request into the GraphQL context. */
@Component
class PublicUrlsInterceptor implements WebGraphQlInterceptor {

    private final ShopProperties shop;

    private final String contextPath;

    PublicUrlsInterceptor(ShopProperties shop, @Value("${server.servlet.context-path:}") String contextPath) {
        this.shop = shop;
        this.contextPath = contextPath;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        URI base = (this.shop.publicUrl() != null)
                ? this.shop.publicUrl()
                : UriComponentsBuilder.fromUri(request.getUri().toUri())
                        .replacePath(this.contextPath + "/")
                        .replaceQuery(null)
                        .fragment(null)
                        .build()
                        .toUri();
        request.configureExecutionInput((input, builder) -> {
            input.getGraphQLContext().put(PublicUrls.CONTEXT_KEY, new PublicUrls(base));
            return input;
        });
        return chain.next(request);
    }
}
