package dev.storefront.search;

import dev.storefront.shared.AnonymousReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Searches and type-ahead answer everyone who is not signed in alike, so the API may share their
 * answers until the catalog or its index changes ({@link SearchIndexChanges} says when).
 */
@Configuration(proxyBeanMethods = false)
class AnonymousSearchReads {

    @Bean
    AnonymousReads searchReads() {
        return new AnonymousReads("search", "suggest");
    }
}
