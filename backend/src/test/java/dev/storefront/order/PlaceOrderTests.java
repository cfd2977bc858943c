package dev.storefront.order;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.order.Checkout.add;
import static dev.storefront.order.Checkout.codes;
import static dev.storefront.order.Checkout.guestInput;
import static dev.storefront.order.Checkout.order;
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
		Browser guest = new Browser(this.port).open();
		add(guest, mug, 2);
		add(guest, pen, 1);
		Map<String, Object> input = guestInput();
		input.put("email", "  Ada.Guest@Checkout.TEST ");

		Map<String, Object> placed = place(guest, input);

		assertThat(codes(placed)).isEmpty();
		Map<String, Object> order = order(placed);
		assertThat((String) order.get("number")).matches("SF-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
		assertThat(order.get("status")).isEqualTo("PLACED");
		assertThat(order.get("email")).isEqualTo("ada.guest@checkout.test");
		assertThat(Browser.at(placed, "placeOrder.order.shippingAddress.countryCode")).isEqualTo("GB");
		assertThat(Browser.at(placed, "placeOrder.order.shippingAddress.line2")).isNull();
		assertThat(Browser.at(placed, "placeOrder.order.subtotal.amount")).isEqualTo("28.00");
		assertThat(Browser.at(placed, "placeOrder.order.shipping.amount")).isEqualTo("4.95");
		assertThat(Browser.at(placed, "placeOrder.order.total.amount")).isEqualTo("32.95");
		assertThat(Browser.at(placed, "placeOrder.order.paymentMethod.code")).isEqualTo("bank-transfer");
		assertThat((String) Browser.at(placed, "placeOrder.order.paymentMethod.instructions"))
			.contains((String) order.get("number"));
		assertThat(Browser.at(placed, "placeOrder.replayed")).isEqualTo(false);
		assertThat(Browser.at(placed, "placeOrder.cart.totalQuantity")).isEqualTo(0);
		assertThat(this.checkout.stock(mug)).isEqualTo(3);
		assertThat(this.checkout.stock(pen)).isEqualTo(9);
		assertThat(Browser.at(guest.graphql("{ cart { totalQuantity } }"), "cart.totalQuantity")).isEqualTo(0);
	}

	/**
	 * The most a cart may hold (100 lines of 99 items, storefront.cart.max-lines and
	 * max-line-quantity) of products with long ids, with the longest email: every column the order
	 * and its event are written to holds it.
	 */
	@Test
	void theLargestCartThereCanBeIsPlaced() {
		Browser guest = new Browser(this.port).open();
		for (int i = 0; i < 100; i++) {
			long id = 1_000_000_000_000L + i;
			this.jdbc.update("update product set id = ? where id = ?", id, this.checkout.product("999999.99", 99));
			assertThat(Browser.at(add(guest, id, 99), "addToCart.userErrors")).asList().isEmpty();
		}
		Map<String, Object> input = guestInput();
		String email = "a".repeat(64) + "@" + "b".repeat(175) + ".checkout.test";
		input.put("email", email);

		Map<String, Object> placed = place(guest, input);

		assertThat(codes(placed)).isEmpty();
		assertThat(order(placed).get("email")).isEqualTo(email);
		assertThat(Browser.at(placed, "placeOrder.order.subtotal.amount")).isEqualTo("9899999901.00");
	}

	@Test
	void theCheckoutTotalsAreWhatTheOrderCosts() {
		long mug = this.checkout.product("12.50", 5);
		Browser guest = new Browser(this.port).open();
		add(guest, mug, 1);
		Map<String, Object> totals = guest.graphql(Checkout.CHECKOUT);
		assertThat(Browser.at(totals, "cart.checkout.total.amount")).isEqualTo("17.45");
		assertThat(Browser.at(totals, "cart.checkout.freeShippingFrom.amount")).isEqualTo("50.00");

		Map<String, Object> input = guestInput();
		input.put("expectedTotal", "17.45");
		assertThat(Browser.at(place(guest, input), "placeOrder.order.total.amount")).isEqualTo("17.45");
	}

	@Test
	void shippingIsTheFlatRateBelowTheThresholdAndFreeFromIt() {
		long justBelow = this.checkout.product("49.99", 5);
		long exactly = this.checkout.product("50.00", 5);
		Browser below = new Browser(this.port).open();
		add(below, justBelow, 1);
		Map<String, Object> belowOrder = place(below, guestInput());
		assertThat(Browser.at(belowOrder, "placeOrder.order.shipping.amount")).isEqualTo("4.95");
		assertThat(Browser.at(belowOrder, "placeOrder.order.total.amount")).isEqualTo("54.94");

		Browser from = new Browser(this.port).open();
		add(from, exactly, 1);
		assertThat(Browser.at(from.graphql(Checkout.CHECKOUT), "cart.checkout.shipping.amount")).isEqualTo("0.00");
		Map<String, Object> freeOrder = place(from, guestInput());
		assertThat(Browser.at(freeOrder, "placeOrder.order.shipping.amount")).isEqualTo("0.00");
		assertThat(Browser.at(freeOrder, "placeOrder.order.total.amount")).isEqualTo("50.00");
	}

	@Test
	void anEmptyCartIsCartEmptyAndNothingIsWritten() {
		Browser guest = new Browser(this.port).open();
		assertThat(codes(place(guest, guestInput()))).containsExactly("CART_EMPTY");
		long mug = this.checkout.product("1.00", 5);
		add(guest, mug, 1);
		guest.graphql("mutation { clearCart { userErrors { code } } }");
		assertThat(codes(place(guest, guestInput()))).containsExactly("CART_EMPTY");
		assertThat(this.checkout.orderCount()).isZero();
	}

	@Test
	void theOrderKeepsWhatWasBoughtWhenTheProductChangesLater() {
		long mug = this.checkout.product("12.50", 5);
		Browser guest = new Browser(this.port).open();
		add(guest, mug, 2);
		Map<String, Object> input = guestInput();
		Map<String, Object> placed = place(guest, input);
		assertThat(codes(placed)).isEmpty();
		this.jdbc.update("update product set price = 99.00, title = 'Renamed', slug = concat(slug, '-x') where id = ?",
				mug);

		// The same key again reads the order back from the database.
		Map<String, Object> again = place(guest, input);
		assertThat(Browser.at(again, "placeOrder.replayed")).isEqualTo(true);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> lines = (List<Map<String, Object>>) order(again).get("lines");
		assertThat(lines).singleElement().satisfies((line) -> {
			assertThat(line.get("title")).isEqualTo(Browser.at(placed, "placeOrder.order.lines")
				instanceof List<?> list ? ((Map<?, ?>) list.get(0)).get("title") : null);
			assertThat(line.get("title")).asString().startsWith("Title of place-");
			assertThat(line.get("unitPrice")).isEqualTo(Map.of("amount", "12.50"));
			assertThat(line.get("lineTotal")).isEqualTo(Map.of("amount", "25.00"));
			assertThat(line.get("quantity")).isEqualTo(2);
		});
		assertThat(Browser.at(again, "placeOrder.order.total.amount")).isEqualTo("29.95");
	}

	@Test
	void aSignedInCustomersOrderTakesTheAccountsEmail() {
		long mug = this.checkout.product("12.50", 5);
		Browser customer = new Browser(this.port).open();
		String email = "buyer-" + UUID.randomUUID() + Checkout.EMAIL_DOMAIN;
		customer.graphql("mutation($i: RegisterInput!) { register(input: $i) { customer { id } } }",
				Map.of("i", Map.of("email", email, "password", "correct horse battery", "name", "Buyer")));
		add(customer, mug, 1);
		Map<String, Object> input = guestInput();
		assertThat(codes(place(customer, input))).containsExactly("INVALID");
		assertThat(this.checkout.stock(mug)).isEqualTo(5);

		input.remove("email");
		Map<String, Object> placed = place(customer, input);
		assertThat(codes(placed)).isEmpty();
		assertThat(order(placed).get("email")).isEqualTo(email);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from customer_order o join customer c on c.id = o.customer_id where c.email = ?",
				Integer.class, email))
			.isEqualTo(1);
	}

	@Test
	void paymentMethodsOfferBankTransfer() {
		Map<String, Object> methods = new Browser(this.port).graphql("{ paymentMethods { code name instructions } }");
		assertThat(Browser.at(methods, "paymentMethods")).asList().singleElement().satisfies((method) -> {
			assertThat(((Map<?, ?>) method).get("code")).isEqualTo("bank-transfer");
			assertThat((String) ((Map<?, ?>) method).get("instructions")).contains("your order number");
		});
	}

}
