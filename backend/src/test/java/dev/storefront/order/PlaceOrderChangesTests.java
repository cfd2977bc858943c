package dev.storefront.order;

import java.util.List;

import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.order.Checkout.OrderInput;
import dev.storefront.order.Checkout.PlacedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.order.Checkout.add;
import static dev.storefront.order.Checkout.checkoutTotals;
import static dev.storefront.order.Checkout.guestInput;
import static dev.storefront.order.Checkout.place;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What changed between the cart and the order is explained, and nothing is placed: a price
 * (PRICE_CHANGED), stock (INSUFFICIENT_STOCK), a product taken off sale (PRODUCT_UNAVAILABLE).
 */
@StorefrontTest
class PlaceOrderChangesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Checkout checkout;

    @BeforeEach
    void products() {
        this.checkout = new Checkout(this.jdbc, "changes");
    }

    @AfterEach
    void removeProducts() {
        this.checkout.removeAll();
    }

    @Test
    void aPriceChangedSinceTheShopperSawTheTotalPlacesNothing() {
        long mug = this.checkout.product("12.50", 5);
        Visitor guest = Visitor.opened(this.port);
        add(guest, mug, 2);
        String seen = checkoutTotals(guest).total().amount();
        assertThat(seen).isEqualTo("29.95");
        this.jdbc.update("update product set price = 13.00 where id = ?", mug);
        OrderInput input = guestInput();
        input.put("expectedTotal", seen);

        PlacedData refused = place(guest, input);

        assertThat(refused.codes()).containsExactly("PRICE_CHANGED");
        assertThat(refused.userErrors().get(0).message()).contains("30.95");
        assertThat(refused.userErrors().get(0).field()).isEqualTo(List.of("input", "expectedTotal"));
        assertThat(refused.order()).isNull();
        assertThat(this.checkout.orderCount()).isZero();
        assertThat(this.checkout.stock(mug)).isEqualTo(5);
        guest.documentName("cartTotalQuantity")
                .execute()
                .path("cart.totalQuantity")
                .entity(Integer.class)
                .isEqualTo(2);

        input.put("expectedTotal", "30.95");
        assertThat(place(guest, input).codes()).isEmpty();
    }

    @Test
    void aProductTakenOffSaleMeanwhileIsUnavailableAndLeavesTheCart() {
        long mug = this.checkout.product("12.50", 5);
        long pen = this.checkout.product("3.00", 5);
        Visitor guest = Visitor.opened(this.port);
        add(guest, mug, 1);
        add(guest, pen, 2);
        this.jdbc.update("update product set active = false where id = ?", mug);

        PlacedData refused = place(guest, guestInput());

        assertThat(refused.codes()).containsExactly("PRODUCT_UNAVAILABLE");
        assertThat(refused.userErrors().get(0).message()).contains("Title of changes-");
        assertThat(refused.shortages()).singleElement().satisfies((shortage) -> {
            assertThat(shortage.productId()).isEqualTo(String.valueOf(mug));
            assertThat(shortage.requested()).isEqualTo(1);
            assertThat(shortage.available()).isEqualTo(0);
        });
        assertThat(refused.cart().totalQuantity()).isEqualTo(2);
        assertThat(this.checkout.orderCount()).isZero();
        assertThat(this.checkout.stock(pen)).isEqualTo(5);
        // What is left can be placed.
        assertThat(place(guest, guestInput()).codes()).isEmpty();
        assertThat(this.checkout.stock(pen)).isEqualTo(3);
    }

    @Test
    void lessStockThanTheCartHoldsLowersTheLineAndSaysHowManyAreLeft() {
        long mug = this.checkout.product("12.50", 5);
        long pen = this.checkout.product("3.00", 5);
        Visitor guest = Visitor.opened(this.port);
        add(guest, mug, 4);
        add(guest, pen, 1);
        this.jdbc.update("update product set stock = 3 where id = ?", mug);

        PlacedData refused = place(guest, guestInput());

        assertThat(refused.codes()).containsExactly("INSUFFICIENT_STOCK");
        assertThat(refused.userErrors().get(0).message()).startsWith("Only 3 of Title of changes-");
        assertThat(refused.shortages()).singleElement().satisfies((shortage) -> {
            assertThat(shortage.requested()).isEqualTo(4);
            assertThat(shortage.available()).isEqualTo(3);
        });
        assertThat(refused.cart().totalQuantity()).isEqualTo(4);
        assertThat(this.checkout.stock(mug)).isEqualTo(3);
        assertThat(this.checkout.orderCount()).isZero();
        assertThat(place(guest, guestInput()).codes()).isEmpty();
        assertThat(this.checkout.stock(mug)).isZero();
    }

    @Test
    void aCartOfOnlySoldOutLinesIsEmptiedAndCartEmpty() {
        long mug = this.checkout.product("12.50", 5);
        Visitor guest = Visitor.opened(this.port);
        add(guest, mug, 2);
        this.jdbc.update("update product set stock = 0 where id = ?", mug);

        PlacedData refused = place(guest, guestInput());

        assertThat(refused.codes()).containsExactly("INSUFFICIENT_STOCK", "CART_EMPTY");
        assertThat(refused.cart().lines()).isEmpty();
        assertThat(this.checkout.orderCount()).isZero();
    }
}
