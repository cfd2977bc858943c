package dev.storefront.cart;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot of the locked cart that checkout turns into an order: its lines in the order they
 * were added. Valid in the transaction that locked it ({@link CartCheckout#lockCurrent()}).
 *
 * @param customerId the owner, or null for a guest's (session's) cart
 */
public record CheckoutCart(long id, @Nullable Long customerId, List<Line> lines) {

    public List<Long> productIds() {
        return this.lines.stream().map(Line::productId).toList();
    }

    /** One product of the cart and how many of it the cart holds. */
    public record Line(long productId, int quantity) {}
}
