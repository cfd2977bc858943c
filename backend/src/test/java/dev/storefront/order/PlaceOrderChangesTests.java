package dev.storefront.order;

import java.util.List;
import java.util.Map;

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
import static dev.storefront.order.Checkout.shortages;
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
		Browser guest = new Browser(this.port).open();
		add(guest, mug, 2);
		String seen = (String) Browser.at(guest.graphql(Checkout.CHECKOUT), "cart.checkout.total.amount");
		assertThat(seen).isEqualTo("29.95");
		this.jdbc.update("update product set price = 13.00 where id = ?", mug);
		Map<String, Object> input = guestInput();
		input.put("expectedTotal", seen);

		Map<String, Object> refused = place(guest, input);

		assertThat(codes(refused)).containsExactly("PRICE_CHANGED");
		assertThat(Checkout.errors(refused).get(0).get("message")).asString().contains("30.95");
		assertThat(Checkout.errors(refused).get(0).get("field")).isEqualTo(List.of("input", "expectedTotal"));
		assertThat(order(refused)).isNull();
		assertThat(this.checkout.orderCount()).isZero();
		assertThat(this.checkout.stock(mug)).isEqualTo(5);
		assertThat(Browser.at(guest.graphql("{ cart { totalQuantity } }"), "cart.totalQuantity")).isEqualTo(2);

		input.put("expectedTotal", "30.95");
		assertThat(codes(place(guest, input))).isEmpty();
	}

	@Test
	void aProductTakenOffSaleMeanwhileIsUnavailableAndLeavesTheCart() {
		long mug = this.checkout.product("12.50", 5);
		long pen = this.checkout.product("3.00", 5);
		Browser guest = new Browser(this.port).open();
		add(guest, mug, 1);
		add(guest, pen, 2);
		this.jdbc.update("update product set active = false where id = ?", mug);

		Map<String, Object> refused = place(guest, guestInput());

		assertThat(codes(refused)).containsExactly("PRODUCT_UNAVAILABLE");
		assertThat(Checkout.errors(refused).get(0).get("message")).asString().contains("Title of changes-");
		assertThat(shortages(refused)).singleElement().satisfies((shortage) -> {
			assertThat(shortage.get("productId")).isEqualTo(String.valueOf(mug));
			assertThat(shortage.get("requested")).isEqualTo(1);
			assertThat(shortage.get("available")).isEqualTo(0);
		});
		assertThat(Browser.at(refused, "placeOrder.cart.totalQuantity")).isEqualTo(2);
		assertThat(this.checkout.orderCount()).isZero();
		assertThat(this.checkout.stock(pen)).isEqualTo(5);
		// What is left can be placed.
		assertThat(codes(place(guest, guestInput()))).isEmpty();
		assertThat(this.checkout.stock(pen)).isEqualTo(3);
	}

	@Test
	void lessStockThanTheCartHoldsLowersTheLineAndSaysHowManyAreLeft() {
		long mug = this.checkout.product("12.50", 5);
		long pen = this.checkout.product("3.00", 5);
		Browser guest = new Browser(this.port).open();
		add(guest, mug, 4);
		add(guest, pen, 1);
		this.jdbc.update("update product set stock = 3 where id = ?", mug);

		Map<String, Object> refused = place(guest, guestInput());

		assertThat(codes(refused)).containsExactly("INSUFFICIENT_STOCK");
		assertThat(Checkout.errors(refused).get(0).get("message")).asString().startsWith("Only 3 of Title of changes-");
		assertThat(shortages(refused)).singleElement().satisfies((shortage) -> {
			assertThat(shortage.get("requested")).isEqualTo(4);
			assertThat(shortage.get("available")).isEqualTo(3);
		});
		assertThat(Browser.at(refused, "placeOrder.cart.totalQuantity")).isEqualTo(4);
		assertThat(this.checkout.stock(mug)).isEqualTo(3);
		assertThat(this.checkout.orderCount()).isZero();
		assertThat(codes(place(guest, guestInput()))).isEmpty();
		assertThat(this.checkout.stock(mug)).isZero();
	}

	@Test
	void aCartOfOnlySoldOutLinesIsEmptiedAndCartEmpty() {
		long mug = this.checkout.product("12.50", 5);
		Browser guest = new Browser(this.port).open();
		add(guest, mug, 2);
		this.jdbc.update("update product set stock = 0 where id = ?", mug);

		Map<String, Object> refused = place(guest, guestInput());

		assertThat(codes(refused)).containsExactly("INSUFFICIENT_STOCK", "CART_EMPTY");
		assertThat(Browser.at(refused, "placeOrder.cart.lines")).asList().isEmpty();
		assertThat(this.checkout.orderCount()).isZero();
	}

}
