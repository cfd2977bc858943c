package dev.storefront.order;

import java.time.Instant;
import java.util.List;

import dev.storefront.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * An order was placed: published in the placing transaction and delivered to listeners after it
 * commits (Spring Modulith's {@code @ApplicationModuleListener}), so a listener never hears of an
 * order that was rolled back, and other modules react without this one knowing them.
 *
 * @param customerId null for a guest order
 * @param lines what was taken from stock
 */
public record OrderPlaced(
        long orderId,
        String number,
        @Nullable Long customerId,
        String email,
        Money total,
        List<Line> lines,
        Instant placedAt) {

    /** A product and how many of it the order took from stock. */
    public record Line(long productId, int quantity) {}
}
