package dev.storefront.catalog;

import dev.storefront.live.LiveEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hears the other instances' product writes ({@link ProductsChanged}, fanned out by live updates
 * over Redis with {@code storefront.live.fanout=redis}) and tells this instance's own caches: the
 * counts of products per filter are forgotten, and the writes are published as a Spring
 * application event for the modules whose answer caches hold products (search, the API's answers
 * to anonymous reads). So another instance's change shows here as soon as the fan-out brings it,
 * not only once a time to live has passed. This instance's own writes are not heard here: their
 * caches forgot them at the commit.
 */
@Component
class ProductsChangedRelay {

    ProductsChangedRelay(LiveEvents live, ProductCounts counts, ApplicationEventPublisher events) {
        live.listenToOthers(ProductsChanged.TOPIC, ProductsChanged.class, (changed) -> {
            counts.forget();
            events.publishEvent(changed);
        });
    }
}
