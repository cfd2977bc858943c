package dev.storefront.catalog;

import dev.storefront.shared.PublicUrls;
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

	@Bean
	RuntimeWiringConfigurer productImageUrlFetcher() {
		return (wiring) -> wiring.type("Product", (type) -> type.dataFetcher("imageUrl", (env) -> {
			PublicUrls urls = env.getGraphQlContext().get(PublicUrls.CONTEXT_KEY);
			ProductView product = env.getSource();
			return urls.resolve(product.imageUrl());
		}));
	}

}
