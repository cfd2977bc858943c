package dev.storefront.order;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.order.Checkout.add;
import static dev.storefront.order.Checkout.errors;
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

	Browser guest;

	@BeforeEach
	void aCart() {
		this.checkout = new Checkout(this.jdbc, "input");
		this.mug = this.checkout.product("12.50", 5);
		this.guest = new Browser(this.port).open();
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
		assertInvalid((input) -> address(input).put("name", " "), "input", "shippingAddress", "name");
		assertInvalid((input) -> address(input).put("name", "n".repeat(101)), "input", "shippingAddress", "name");
		assertInvalid((input) -> address(input).put("line1", "l".repeat(201)), "input", "shippingAddress", "line1");
		assertInvalid((input) -> address(input).put("line2", "l".repeat(201)), "input", "shippingAddress", "line2");
		assertInvalid((input) -> address(input).put("city", ""), "input", "shippingAddress", "city");
		assertInvalid((input) -> address(input).put("postalCode", "1".repeat(21)), "input", "shippingAddress",
				"postalCode");
		assertInvalid((input) -> address(input).put("region", "r".repeat(101)), "input", "shippingAddress", "region");
		assertInvalid((input) -> address(input).put("city", "Lon\u0000don"), "input", "shippingAddress", "city");
		assertInvalid((input) -> address(input).put("name", "Ada\u202eLovelace"), "input", "shippingAddress", "name");
	}

	@Test
	void theCountryIsAnIsoCode() {
		assertInvalid((input) -> address(input).put("countryCode", "XX"), "input", "shippingAddress", "countryCode");
		assertInvalid((input) -> address(input).put("countryCode", "GBR"), "input", "shippingAddress", "countryCode");
		assertInvalid((input) -> address(input).put("countryCode", "Ü1"), "input", "shippingAddress", "countryCode");
		assertInvalid((input) -> address(input).put("countryCode", ""), "input", "shippingAddress", "countryCode");
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
		Map<String, Object> input = guestInput();
		input.remove("email");
		address(input).put("city", "");
		address(input).put("countryCode", "ZZ");
		List<Map<String, Object>> errors = errors(place(this.guest, input));
		assertThat(errors).extracting((error) -> error.get("field"))
			.containsExactlyInAnyOrder(List.of("input", "email"), List.of("input", "shippingAddress", "city"),
					List.of("input", "shippingAddress", "countryCode"));
		assertNothingWritten();
	}

	@Test
	void theValidInputStillPlacesTheOrder() {
		Map<String, Object> input = guestInput();
		address(input).put("line2", "  ");
		address(input).put("region", " Greater London ");
		Map<String, Object> placed = place(this.guest, input);
		assertThat(errors(placed)).isEmpty();
		assertThat(Browser.at(placed, "placeOrder.order.shippingAddress.line2")).isNull();
		assertThat(Browser.at(placed, "placeOrder.order.shippingAddress.region")).isEqualTo("Greater London");
	}

	private void assertInvalid(Consumer<Map<String, Object>> spoil, String... field) {
		Map<String, Object> input = guestInput();
		spoil.accept(input);
		Map<String, Object> response = place(this.guest, input);
		assertThat(errors(response)).as("errors of %s", input)
			.singleElement()
			.satisfies((error) -> {
				assertThat(error.get("code")).isEqualTo("INVALID");
				assertThat(error.get("field")).isEqualTo(List.of(field));
			});
		assertNothingWritten();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> address(Map<String, Object> input) {
		return (Map<String, Object>) input.get("shippingAddress");
	}

	private void assertNothingWritten() {
		assertThat(this.checkout.orderCount()).isZero();
		assertThat(this.checkout.stock(this.mug)).isEqualTo(5);
		assertThat(Browser.at(this.guest.graphql("{ cart { totalQuantity } }"), "cart.totalQuantity")).isEqualTo(1);
	}

}
