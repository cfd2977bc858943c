package dev.storefront.cart;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import dev.storefront.catalog.ProductView;
import dev.storefront.shared.Money;
import dev.storefront.shared.ShopProperties;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Totals: exact line totals, and tax rounded half-even to the cent, once, on the subtotal. */
class CartPricingTests {

    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void threeTimesNineteenNinetyNine() {
        CartView view = pricing("0").price(cart(Map.of(1L, 3)), Map.of(1L, product(1, "19.99", true)));
        assertThat(view.lines().get(0).lineTotal().amount()).isEqualByComparingTo("59.97");
        assertThat(view.subtotal().amount()).hasToString("59.97");
        assertThat(view.tax().amount()).hasToString("0.00");
        assertThat(view.total().amount()).hasToString("59.97");
    }

    @Test
    void taxIsRoundedHalfEvenOnTheSubtotal() {
        // 10.10 × 5% = 0.505: half-even rounds to 0.50, where half-up would charge 0.51.
        CartView even = pricing("0.05").price(cart(Map.of(1L, 1)), Map.of(1L, product(1, "10.10", true)));
        assertThat(even.tax().amount()).hasToString("0.50");
        assertThat(even.total().amount()).hasToString("10.60");
        // 10.30 × 5% = 0.515: half-even rounds to 0.52.
        CartView odd = pricing("0.05").price(cart(Map.of(1L, 1)), Map.of(1L, product(1, "10.30", true)));
        assertThat(odd.tax().amount()).hasToString("0.52");
        // 3 × 19.99 at 8.25%: 59.97 × 0.0825 = 4.947525 → 4.95.
        CartView usual = pricing("0.0825").price(cart(Map.of(1L, 3)), Map.of(1L, product(1, "19.99", true)));
        assertThat(usual.tax().amount()).hasToString("4.95");
        assertThat(usual.total().amount()).hasToString("64.92");
    }

    @Test
    void linesOffSaleAreShownButNotCharged() {
        CartView view = pricing("0.10")
                .price(
                        cart(Map.of(1L, 2, 2L, 1)),
                        Map.of(1L, product(1, "5.00", true), 2L, product(2, "100.00", false)));
        assertThat(view.lines()).hasSize(2);
        assertThat(view.lines().get(1).problem().code().name()).isEqualTo("PRODUCT_UNAVAILABLE");
        assertThat(view.subtotal().amount()).hasToString("10.00");
        assertThat(view.total().amount()).hasToString("11.00");
        assertThat(view.totalQuantity()).isEqualTo(2);
    }

    @Test
    void aLineCountsForWhatIsInStockAndTheSubtotalIsTheSumOfLineTotals() {
        CartView view = pricing("0")
                .price(
                        cart(Map.of(1L, 5, 2L, 3, 3L, 2)),
                        Map.of(
                                1L,
                                product(1, "10.00", true, 2),
                                2L,
                                product(2, "4.00", true, 0),
                                3L,
                                product(3, "1.50", true, 50)));
        assertThat(view.lines()).extracting(CartLineView::buyableQuantity).containsExactly(2, 0, 2);
        assertThat(view.lines())
                .extracting((line) -> line.lineTotal().amount().toPlainString())
                .containsExactly("20.00", "0.00", "3.00");
        assertThat(view.subtotal().amount()).hasToString("23.00");
        assertThat(view.totalQuantity()).isEqualTo(4);
    }

    private static CartPricing pricing(String taxRate) {
        return new CartPricing(
                new CartProperties(new BigDecimal(taxRate), 99, 100, Duration.ofDays(30)),
                new ShopProperties("USD", null));
    }

    private static Cart cart(Map<Long, Integer> quantities) {
        Cart cart = new Cart();
        new TreeMap<>(quantities)
                .forEach((productId, quantity) ->
                        ReflectionTestUtils.setField(cart.add(productId, quantity, NOW), "id", productId * 10));
        cart.touch(NOW);
        return cart;
    }

    private static ProductView product(long id, String price, boolean active) {
        return product(id, price, active, 50);
    }

    private static ProductView product(long id, String price, boolean active, int stock) {
        OffsetDateTime at = NOW.atOffset(ZoneOffset.UTC);
        return new ProductView(
                id,
                "p" + id,
                "Product " + id,
                "",
                new Money(new BigDecimal(price), "USD"),
                null,
                null,
                stock,
                false,
                active,
                at,
                at);
    }
}
