package dev.storefront.order;

import dev.storefront.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What an order of the cart costs now (the GraphQL {@code CheckoutTotals}): total = subtotal +
 * shipping + tax.
 *
 * @param freeShippingFrom the subtotal from which shipping is free; null when it never is
 */
record CheckoutTotals(
        Money subtotal,
        Money shipping,
        Money tax,
        Money total,
        @Nullable Money freeShippingFrom) {

    OrderAmounts amounts() {
        return new OrderAmounts(
                this.subtotal.amount(),
                this.shipping.amount(),
                this.tax.amount(),
                this.total.amount(),
                this.total.currencyCode());
    }
}
