package dev.storefront.order;

import java.math.BigDecimal;

import dev.storefront.cart.CartView;
import dev.storefront.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Shipping and the checkout totals: the cart's subtotal and tax (the cart computes them, tax on
 * the subtotal), plus a flat rate ({@code storefront.order.shipping-rate}) unless the subtotal
 * reaches {@code storefront.order.free-shipping-from}. Nothing to ship costs nothing.
 */
@Component
class Shipping {

    private final OrderProperties properties;

    Shipping(OrderProperties properties) {
        this.properties = properties;
    }

    CheckoutTotals totals(CartView cart) {
        BigDecimal subtotal = cart.subtotal().amount();
        String currency = cart.subtotal().currencyCode();
        BigDecimal shipping =
                (cart.totalQuantity() == 0 || isFree(subtotal)) ? BigDecimal.ZERO : this.properties.shippingRate();
        BigDecimal total = subtotal.add(shipping).add(cart.tax().amount());
        BigDecimal threshold = this.properties.freeShippingFrom();
        return new CheckoutTotals(
                cart.subtotal(),
                new Money(shipping, currency),
                cart.tax(),
                new Money(total, currency),
                (threshold != null) ? new Money(threshold, currency) : null);
    }

    private boolean isFree(BigDecimal subtotal) {
        BigDecimal threshold = this.properties.freeShippingFrom();
        return threshold != null && subtotal.compareTo(threshold) >= 0;
    }
}
