package dev.storefront.order;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Checkout settings under {@code storefront.order.*}.
 *
 * @param shippingRate the flat shipping charge of an order, in the shop's currency; 0 ships free
 * @param freeShippingFrom the subtotal from which shipping is free; when empty (or negative),
 *     shipping is never free. Its default, 50.00, is in {@code application.yaml}: a default here
 *     would also replace an empty value, and so could not be switched off
 * @param bankTransferInstructions what a shopper paying by bank transfer does; {@code {number}}
 *     stands for the order's number (the reference to quote)
 */
@ConfigurationProperties("storefront.order")
record OrderProperties(
        @DefaultValue("4.95") BigDecimal shippingRate,
        @Nullable BigDecimal freeShippingFrom,

        @DefaultValue("Transfer the total to the shop's bank account, given on the shop's contact page, quoting "
                + "{number} as the reference. We ship as soon as the payment arrives.")
        String bankTransferInstructions) {

    OrderProperties {
        if (shippingRate.signum() < 0) {
            throw new IllegalArgumentException("storefront.order.shipping-rate may not be negative");
        }
        if (freeShippingFrom != null && freeShippingFrom.signum() < 0) {
            freeShippingFrom = null;
        }
    }
}
