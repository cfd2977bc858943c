package dev.storefront.cart;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes anonymous carts nobody changed for {@code storefront.cart.abandoned-after} (by then
 * their session has expired too), on the schedule {@code storefront.cart.cleanup-cron}.
 * Customers' carts are kept.
 */
@Component
class AbandonedCartCleanup {

    private static final Logger log = LoggerFactory.getLogger(AbandonedCartCleanup.class);

    private final CartRepository carts;

    private final CartProperties properties;

    private final Clock clock;

    AbandonedCartCleanup(CartRepository carts, CartProperties properties, Clock clock) {
        this.carts = carts;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${storefront.cart.cleanup-cron:0 17 * * * *}")
    @Transactional
    public int deleteAbandonedCarts() {
        int deleted =
                this.carts.deleteAnonymousUnchangedSince(this.clock.instant().minus(this.properties.abandonedAfter()));
        if (deleted > 0) {
            log.info("Deleted {} abandoned anonymous carts", deleted);
        }
        return deleted;
    }
}
