package dev.storefront.order;

import java.util.UUID;

import dev.storefront.Answers.Money;
import dev.storefront.Answers.UserError;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import dev.storefront.order.Checkout.CheckoutData;
import dev.storefront.order.Checkout.OrderInput;
import dev.storefront.order.Checkout.PaymentMethodData;
import dev.storefront.order.Checkout.PlacedData;
import dev.storefront.order.Checkout.PlacedOrderData;
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

/** A shopper turns the cart into an order: stock is taken, the cart emptied, the order keeps what was bought. */
@StorefrontTest
class PlaceOrderTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Checkout checkout;

    @BeforeEach
    void products() {
        this.checkout = new Checkout(this.jdbc, "place");
    }

    @AfterEach
    void removeProducts() {
        this.checkout.removeAll();
    }

    @Test
    void aGuestPlacesTheCartAndStockGoesDown() {
        long mug = this.checkout.product("12.50", 5);
        long pen = this.checkout.product("3.00", 10);
        Visitor guest = Visitor.opened(this.port);
        add(guest, mug, 2);
        add(guest, pen, 1);
        OrderInput input = guestInput();
        input.put("email", "  Ada.Guest@Checkout.TEST ");

        PlacedData placed = place(guest, input);

        assertThat(placed.codes()).isEmpty();
        PlacedOrderData order = placed.order();
        assertThat(order.number()).matches("SF-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(order.status()).isEqualTo("PLACED");
        assertThat(order.email()).isEqualTo("ada.guest@checkout.test");
        assertThat(order.shippingAddress().countryCode()).isEqualTo("GB");
        assertThat(order.shippingAddress().line2()).isNull();
        assertThat(order.subtotal().amount()).isEqualTo("28.00");
        assertThat(order.shipping().amount()).isEqualTo("4.95");
        assertThat(order.total().amount()).isEqualTo("32.95");
        assertThat(order.paymentMethod().code()).isEqualTo("bank-transfer");
        assertThat(order.paymentMethod().instructions()).contains(order.number());
        assertThat(placed.replayed()).isFalse();
        assertThat(placed.cart().totalQuantity()).isEqualTo(0);
        assertThat(this.checkout.stock(mug)).isEqualTo(3);
        assertThat(this.checkout.stock(pen)).isEqualTo(9);
        guest.documentName("cartTotalQuantity")
                .execute()
                .path("cart.totalQuantity")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    /**
     * The most a cart may hold (100 lines of 99 items, storefront.cart.max-lines and
     * max-line-quantity) of products with long ids, with the longest email: every column the order
     * and its event are written to holds it.
     */
    @Test
    void theLargestCartThereCanBeIsPlaced() {
        Visitor guest = Visitor.opened(this.port);
        for (int i = 0; i < 100; i++) {
            long id = 1_000_000_000_000L + i;
            this.jdbc.update("update product set id = ? where id = ?", id, this.checkout.product("999999.99", 99));
            assertThat(add(guest, id, 99)).isEmpty();
        }
        OrderInput input = guestInput();
        String email = "a".repeat(64) + "@" + "b".repeat(175) + ".checkout.test";
        input.put("email", email);

        PlacedData placed = place(guest, input);

        assertThat(placed.codes()).isEmpty();
        assertThat(placed.order().email()).isEqualTo(email);
        assertThat(placed.order().subtotal().amount()).isEqualTo("9899999901.00");
    }

    @Test
    void theCheckoutTotalsAreWhatTheOrderCosts() {
        long mug = this.checkout.product("12.50", 5);
        Visitor guest = Visitor.opened(this.port);
        add(guest, mug, 1);
        CheckoutData totals = checkoutTotals(guest);
        assertThat(totals.total().amount()).isEqualTo("17.45");
        assertThat(totals.freeShippingFrom().amount()).isEqualTo("50.00");

        OrderInput input = guestInput();
        input.put("expectedTotal", "17.45");
        assertThat(place(guest, input).order().total().amount()).isEqualTo("17.45");
    }

    @Test
    void shippingIsTheFlatRateBelowTheThresholdAndFreeFromIt() {
        long justBelow = this.checkout.product("49.99", 5);
        long exactly = this.checkout.product("50.00", 5);
        Visitor below = Visitor.opened(this.port);
        add(below, justBelow, 1);
        PlacedOrderData belowOrder = place(below, guestInput()).order();
        assertThat(belowOrder.shipping().amount()).isEqualTo("4.95");
        assertThat(belowOrder.total().amount()).isEqualTo("54.94");

        Visitor from = Visitor.opened(this.port);
        add(from, exactly, 1);
        assertThat(checkoutTotals(from).shipping().amount()).isEqualTo("0.00");
        PlacedOrderData freeOrder = place(from, guestInput()).order();
        assertThat(freeOrder.shipping().amount()).isEqualTo("0.00");
        assertThat(freeOrder.total().amount()).isEqualTo("50.00");
    }

    @Test
    void anEmptyCartIsCartEmptyAndNothingIsWritten() {
        Visitor guest = Visitor.opened(this.port);
        assertThat(place(guest, guestInput()).codes()).containsExactly("CART_EMPTY");
        long mug = this.checkout.product("1.00", 5);
        add(guest, mug, 1);
        guest.documentName("clearCart")
                .execute()
                .path("clearCart.userErrors")
                .entityList(UserError.class)
                .hasSize(0);
        assertThat(place(guest, guestInput()).codes()).containsExactly("CART_EMPTY");
        assertThat(this.checkout.orderCount()).isZero();
    }

    @Test
    void theOrderKeepsWhatWasBoughtWhenTheProductChangesLater() {
        long mug = this.checkout.product("12.50", 5);
        Visitor guest = Visitor.opened(this.port);
        add(guest, mug, 2);
        OrderInput input = guestInput();
        PlacedData placed = place(guest, input);
        assertThat(placed.codes()).isEmpty();
        this.jdbc.update(
                "update product set price = 99.00, title = 'Renamed', slug = concat(slug, '-x') where id = ?", mug);

        // The same key again reads the order back from the database.
        PlacedData again = place(guest, input);
        assertThat(again.replayed()).isTrue();
        assertThat(again.order().lines()).singleElement().satisfies((line) -> {
            assertThat(line.title()).isEqualTo(placed.order().lines().get(0).title());
            assertThat(line.title()).startsWith("Title of place-");
            assertThat(line.unitPrice()).isEqualTo(Money.of("12.50"));
            assertThat(line.lineTotal()).isEqualTo(Money.of("25.00"));
            assertThat(line.quantity()).isEqualTo(2);
        });
        assertThat(again.order().total().amount()).isEqualTo("29.95");
    }

    @Test
    void aSignedInCustomersOrderTakesTheAccountsEmail() {
        long mug = this.checkout.product("12.50", 5);
        String email = "buyer-" + UUID.randomUUID() + Checkout.EMAIL_DOMAIN;
        Visitor customer = Visitors.shopper(this.port, email);
        add(customer, mug, 1);
        OrderInput input = guestInput();
        assertThat(place(customer, input).codes()).containsExactly("INVALID");
        assertThat(this.checkout.stock(mug)).isEqualTo(5);

        input.remove("email");
        PlacedData placed = place(customer, input);
        assertThat(placed.codes()).isEmpty();
        assertThat(placed.order().email()).isEqualTo(email);
        assertThat(this.jdbc.queryForObject(
                        "select count(*) from customer_order o join customer c on c.id = o.customer_id where c.email = ?",
                        Integer.class,
                        email))
                .isEqualTo(1);
    }

    @Test
    void paymentMethodsOfferBankTransfer() {
        new Visitor(this.port)
                .documentName("paymentMethods")
                .execute()
                .path("paymentMethods")
                .entityList(PaymentMethodData.class)
                .satisfies((methods) -> assertThat(methods).singleElement().satisfies((method) -> {
                    assertThat(method.code()).isEqualTo("bank-transfer");
                    assertThat(method.instructions()).contains("your order number");
                }));
    }
}
