package dev.storefront.order;

import java.util.List;
import java.util.function.Consumer;

import dev.storefront.Answers.UserError;
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

import static dev.storefront.Answers.fields;
import static dev.storefront.order.Checkout.add;
import static dev.storefront.order.Checkout.guestInput;
import static dev.storefront.order.Checkout.place;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is INVALID with the field at fault, and places nothing: no order, no stock taken, the cart kept. */
@StorefrontTest
class PlaceOrderInputTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Checkout checkout;

    long mug;

    Visitor guest;

    @BeforeEach
    void aCart() {
        this.checkout = new Checkout(this.jdbc, "input");
        this.mug = this.checkout.product("12.50", 5);
        this.guest = Visitor.opened(this.port);
        add(this.guest, this.mug, 1);
    }

    @AfterEach
    void removeProducts() {
        this.checkout.removeAll();
    }

    @Test
    void aGuestMustGiveAnEmailThatLooksLikeOne() {
        assertInvalid((input) -> input.remove("email"), "input", "email");
        assertInvalid((input) -> input.put("email", "   "), "input", "email");
        assertInvalid((input) -> input.put("email", "not-an-email"), "input", "email");
        assertInvalid((input) -> input.put("email", "a\u200b@checkout.test"), "input", "email");
        assertInvalid((input) -> input.put("email", "a".repeat(250) + "@x.test"), "input", "email");
    }

    @Test
    void theAddressNeedsItsFieldsWithinTheirLengths() {
        assertInvalid((input) -> input.address().put("name", " "), "input", "shippingAddress", "name");
        assertInvalid((input) -> input.address().put("name", "n".repeat(101)), "input", "shippingAddress", "name");
        assertInvalid((input) -> input.address().put("line1", "l".repeat(201)), "input", "shippingAddress", "line1");
        assertInvalid((input) -> input.address().put("line2", "l".repeat(201)), "input", "shippingAddress", "line2");
        assertInvalid((input) -> input.address().put("city", ""), "input", "shippingAddress", "city");
        assertInvalid(
                (input) -> input.address().put("postalCode", "1".repeat(21)), "input", "shippingAddress", "postalCode");
        assertInvalid((input) -> input.address().put("region", "r".repeat(101)), "input", "shippingAddress", "region");
        assertInvalid((input) -> input.address().put("city", "Lon\u0000don"), "input", "shippingAddress", "city");
        assertInvalid((input) -> input.address().put("name", "Ada\u202eLovelace"), "input", "shippingAddress", "name");
    }

    @Test
    void theCountryIsAnIsoCode() {
        assertInvalid((input) -> input.address().put("countryCode", "XX"), "input", "shippingAddress", "countryCode");
        assertInvalid((input) -> input.address().put("countryCode", "GBR"), "input", "shippingAddress", "countryCode");
        assertInvalid((input) -> input.address().put("countryCode", "Ü1"), "input", "shippingAddress", "countryCode");
        assertInvalid((input) -> input.address().put("countryCode", ""), "input", "shippingAddress", "countryCode");
    }

    @Test
    void theIdempotencyKeyIsEightToAHundredPlainCharacters() {
        assertInvalid((input) -> input.put("idempotencyKey", "short"), "input", "idempotencyKey");
        assertInvalid((input) -> input.put("idempotencyKey", "k".repeat(101)), "input", "idempotencyKey");
        assertInvalid((input) -> input.put("idempotencyKey", "key with spaces"), "input", "idempotencyKey");
        assertInvalid((input) -> input.put("idempotencyKey", "k".repeat(100_000)), "input", "idempotencyKey");
    }

    @Test
    void anUnknownPaymentMethodIsInvalid() {
        assertInvalid((input) -> input.put("paymentMethod", "card-processor"), "input", "paymentMethod");
        assertInvalid((input) -> input.put("paymentMethod", "p".repeat(1000)), "input", "paymentMethod");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        OrderInput input = guestInput();
        input.remove("email");
        input.address().put("city", "");
        input.address().put("countryCode", "ZZ");
        List<UserError> errors = place(this.guest, input).userErrors();
        assertThat(fields(errors))
                .containsExactlyInAnyOrder(
                        List.of("input", "email"),
                        List.of("input", "shippingAddress", "city"),
                        List.of("input", "shippingAddress", "countryCode"));
        assertNothingWritten();
    }

    @Test
    void theValidInputStillPlacesTheOrder() {
        OrderInput input = guestInput();
        input.address().put("line2", "  ");
        input.address().put("region", " Greater London ");
        PlacedData placed = place(this.guest, input);
        assertThat(placed.userErrors()).isEmpty();
        assertThat(placed.order().shippingAddress().line2()).isNull();
        assertThat(placed.order().shippingAddress().region()).isEqualTo("Greater London");
    }

    private void assertInvalid(Consumer<OrderInput> spoil, String... field) {
        OrderInput input = guestInput();
        spoil.accept(input);
        PlacedData response = place(this.guest, input);
        assertThat(response.userErrors())
                .as("errors of %s", input)
                .singleElement()
                .satisfies((error) -> {
                    assertThat(error.code()).isEqualTo("INVALID");
                    assertThat(error.field()).isEqualTo(List.of(field));
                });
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(this.checkout.orderCount()).isZero();
        assertThat(this.checkout.stock(this.mug)).isEqualTo(5);
        this.guest
                .documentName("cartTotalQuantity")
                .execute()
                .path("cart.totalQuantity")
                .entity(Integer.class)
                .isEqualTo(1);
    }
}
