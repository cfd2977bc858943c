package dev.storefront.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.storefront.cart.CartView;
import dev.storefront.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Shipping is the flat rate until the subtotal reaches the threshold; tax is the cart's. */
class ShippingTests {

    private static final String TEXT = "Pay {number}";

    @Test
    void theFlatRateBelowTheThresholdNothingFromIt() {
        Shipping shipping = new Shipping(new OrderProperties(new BigDecimal("4.95"), new BigDecimal("50.00"), TEXT));
        assertThat(shipping.totals(cart("49.99", "4.00")).shipping().amount()).hasToString("4.95");
        assertThat(shipping.totals(cart("49.99", "4.00")).total().amount()).hasToString("58.94");
        assertThat(shipping.totals(cart("50.00", "4.00")).shipping().amount()).hasToString("0.00");
        assertThat(shipping.totals(cart("50.00", "4.00")).total().amount()).hasToString("54.00");
        assertThat(shipping.totals(cart("50.00", "4.00")).freeShippingFrom().amount())
                .hasToString("50.00");
    }

    @Test
    void withoutAThresholdShippingIsNeverFree() {
        Shipping shipping = new Shipping(new OrderProperties(new BigDecimal("4.95"), null, TEXT));
        CheckoutTotals totals = shipping.totals(cart("5000.00", "0.00"));
        assertThat(totals.shipping().amount()).hasToString("4.95");
        assertThat(totals.freeShippingFrom()).isNull();
        assertThat(new OrderProperties(BigDecimal.ONE, new BigDecimal("-1"), TEXT).freeShippingFrom())
                .isNull();
    }

    @Test
    void anEmptyThresholdPropertyMeansNeverFree() {
        Binder binder =
                new Binder(new MapConfigurationPropertySource(Map.of("storefront.order.free-shipping-from", "")));
        OrderProperties properties = binder.bindOrCreate("storefront.order", OrderProperties.class);
        assertThat(properties.freeShippingFrom()).isNull();
        assertThat(properties.shippingRate()).hasToString("4.95");
        OrderProperties given = new Binder(
                        new MapConfigurationPropertySource(Map.of("storefront.order.free-shipping-from", "75")))
                .bindOrCreate("storefront.order", OrderProperties.class);
        assertThat(given.freeShippingFrom()).hasToString("75");
    }

    @Test
    void anEmptyCartShipsNothing() {
        Shipping shipping = new Shipping(new OrderProperties(new BigDecimal("4.95"), new BigDecimal("50.00"), TEXT));
        CartView empty = new CartView(null, List.of(), 0, usd("0.00"), usd("0.00"), usd("0.00"), null);
        assertThat(shipping.totals(empty).total().amount()).hasToString("0.00");
    }

    private static CartView cart(String subtotal, String tax) {
        Money total = usd(new BigDecimal(subtotal).add(new BigDecimal(tax)).toPlainString());
        return new CartView(1L, List.of(), 1, usd(subtotal), usd(tax), total, null);
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), "USD");
    }
}
