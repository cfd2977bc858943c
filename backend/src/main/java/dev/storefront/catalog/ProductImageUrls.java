package dev.storefront.catalog;

import dev.storefront.shared.PublicUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * {@code Product.imageUrl}, an absolute URL made from the stored path and the request's address.
 * A plain data fetcher rather than a controller method: it runs for every product of every page,
 * and resolving an annotated method's arguments costs more than the URL itself.
 */
@Configuration(proxyBeanMethods = false)
class ProductImageUrls {

    private static final Logger log = LoggerFactory.getLogger(ProductImageUrls.class);

    @Bean
    RuntimeWiringConfigurer productImageUrlFetcher() {
        return (wiring) -> wiring.type(
                "Product",
                (type) -> type.dataFetcher("imageUrl", (env) -> {
                    PublicUrls urls = env.getGraphQlContext().get(PublicUrls.CONTEXT_KEY);
                    ProductView product = env.getSource();
                    String url = urls.resolve(product.imageUrl());
                    if (url == null
                            && product.imageUrl() != null
                            && !product.imageUrl().isBlank()) {
                        // Not the value itself: it was written by hand and may hold anything, line breaks too.
                        log.warn(
                                "Product {} has an image URL the shop can't read; it is shown without an image",
                                product.id());
                    }
                    return url;
                }));
    }
}
