package dev.storefront.catalog;

import dev.storefront.shared.AnonymousReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalog's queries answer everyone who is not signed in alike (only admins see inactive
 * products), so the API may share their answers until the catalog changes
 * ({@code GraphQlResponseCache}; the search module's {@code SearchIndexChanges} hears every change).
 */
@Configuration(proxyBeanMethods = false)
class AnonymousCatalogReads {

    @Bean
    AnonymousReads catalogReads() {
        return new AnonymousReads("product", "products", "categories", "category");
    }
}
