package dev.storefront.cart;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cart settings under {@code storefront.cart.*}.
 *
 * @param taxRate the tax on a cart's subtotal, as a fraction (0.08 for 8%); 0 when prices
 *     include tax or tax is settled elsewhere
 * @param maxLineQuantity the most items of one product a cart may hold
 * @param maxLines the most different products a cart may hold
 * @param abandonedAfter how long an anonymous cart lives without a change before the
 *     clean-up deletes it (its session has expired by then)
 */
@ConfigurationProperties("storefront.cart")
record CartProperties(
        @DefaultValue("0") BigDecimal taxRate,
        @DefaultValue("99") int maxLineQuantity,
        @DefaultValue("100") int maxLines,
        @DefaultValue("30d") Duration abandonedAfter) {

    CartProperties {
        if (taxRate.signum() < 0 || taxRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("storefront.cart.tax-rate is a fraction from 0 (inclusive) to 1");
        }
        if (maxLineQuantity < 1 || maxLines < 1) {
            throw new IllegalArgumentException("storefront.cart.max-line-quantity and max-lines must be positive");
        }
    }
}
