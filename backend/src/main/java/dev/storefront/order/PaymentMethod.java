package dev.storefront.order;

import org.jspecify.annotations.Nullable;

/**
 * A way to pay for an order. Every bean implementing this interface is offered to shoppers (the
 * GraphQL {@code paymentMethods}, in {@link org.springframework.core.annotation.Order @Order}),
 * chosen by its {@link #code()} in {@code placeOrder}; the first is the default.
 * <p>
 * A real provider (a card processor, a wallet) plugs in as such a bean, in this module or in a
 * module of its own: {@link #onPlaced} hears of each order placed with it, after the order is
 * committed, and starts the payment there (creates the provider's payment or invoice, using
 * {@link OrderView#number()} as the reference). An order stays {@code PLACED} until the payment
 * is confirmed: by the provider's callback, or by an admin through {@code markOrderPaid}. The
 * shop itself never sees card data.
 */
public interface PaymentMethod {

    /** The stable code clients send, e.g. {@code bank-transfer}: lower case letters, digits and dashes, at most 40. */
    String code();

    /** The name shown to a shopper. */
    String name();

    /**
     * What the shopper does to pay, fit to show them.
     * @param orderNumber the order's number, or null before there is an order (the checkout page)
     */
    String instructions(@Nullable String orderNumber);

    /**
     * Called once an order paid this way is placed and committed (not on a replay of its
     * idempotency key). A failure here is logged and leaves the order {@code PLACED}.
     */
    default void onPlaced(OrderView order) {}
}
