package dev.storefront.cart;

import java.util.Map;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.Browser.at;
import static dev.storefront.Browser.errorClassification;
import static dev.storefront.cart.CartOperations.CART;
import static dev.storefront.cart.CartOperations.CLEAR;
import static dev.storefront.cart.CartOperations.REMOVE;
import static dev.storefront.cart.CartOperations.UPDATE;
import static dev.storefront.cart.CartOperations.add;
import static dev.storefront.cart.CartOperations.codes;
import static dev.storefront.cart.CartOperations.firstMessage;
import static dev.storefront.cart.CartOperations.lines;
import static dev.storefront.cart.CartOperations.productId;
import static dev.storefront.cart.CartOperations.quantities;
import static org.assertj.core.api.Assertions.assertThat;

/** The session's cart over GraphQL: totals, stock, bad input, and who may touch which line. */
@StorefrontTest
class CartTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void readingTheCartCreatesNeitherCartNorSession() {
		int carts = count("cart");
		int sessions = count("SPRING_SESSION");
		Browser browser = new Browser(this.port).open();
		Map<String, Object> cart = browser.graphql(CART);
		assertThat(at(cart, "cart.id")).isNull();
		assertThat(lines(cart, "cart")).isEmpty();
		assertThat(at(cart, "cart.total.amount")).isEqualTo("0.00");
		browser.graphql(CLEAR);
		assertThat(browser.cookie("SESSION")).isNull();
		assertThat(count("cart")).isEqualTo(carts);
		assertThat(count("SPRING_SESSION")).isEqualTo(sessions);
	}

	@Test
	void theFirstAddCreatesTheCartAndTotalsAreExact() {
		Browser browser = new Browser(this.port).open();
		Map<String, Object> added = add(browser, productId(browser, "igo-travel-radio"), 3);
		assertThat(codes(added, "addToCart")).isEmpty();
		assertThat(browser.cookie("SESSION")).isNotBlank();
		Map<String, Object> cart = browser.graphql(CART);
		assertThat(at(cart, "cart.id")).isNotNull();
		assertThat(lines(cart, "cart").get(0)).containsEntry("quantity", 3)
			.containsEntry("unitPrice", Map.of("amount", "19.99"))
			.containsEntry("lineTotal", Map.of("amount", "59.97"));
		assertThat(at(cart, "cart.subtotal")).isEqualTo(Map.of("amount", "59.97", "currencyCode", "USD"));
		assertThat(at(cart, "cart.tax.amount")).isEqualTo("0.00");
		assertThat(at(cart, "cart.total.amount")).isEqualTo("59.97");
		assertThat(at(cart, "cart.totalQuantity")).isEqualTo(3);
	}

	@Test
	void addingAProductAgainRaisesItsLine() {
		Browser browser = new Browser(this.port).open();
		String bottle = productId(browser, "insulated-bottle");
		add(browser, bottle, 2);
		Map<String, Object> again = add(browser, bottle, 3);
		assertThat(quantities(again, "addToCart.cart")).containsExactly(Map.entry("insulated-bottle", 5));
	}

	@Test
	void moreThanTheStockSetsTheLineToTheStockAndSaysSo() {
		Browser browser = new Browser(this.port).open();
		Map<String, Object> response = add(browser, productId(browser, "igo-travel-radio"), 10);
		assertThat(codes(response, "addToCart")).containsExactly("INSUFFICIENT_STOCK");
		assertThat(firstMessage(response, "addToCart")).contains("Only 8");
		assertThat(quantities(response, "addToCart.cart")).containsExactly(Map.entry("igo-travel-radio", 8));
	}

	@Test
	void aLineHoldsAtMostTheConfiguredMaximum() {
		this.jdbc.update("update product set stock = 500 where slug = 'insulated-bottle'");
		try {
			Browser browser = new Browser(this.port).open();
			Map<String, Object> response = add(browser, productId(browser, "insulated-bottle"), 150);
			assertThat(codes(response, "addToCart")).containsExactly("INVALID");
			assertThat(firstMessage(response, "addToCart")).contains("at most 99");
			assertThat(quantities(response, "addToCart.cart")).containsExactly(Map.entry("insulated-bottle", 99));
		}
		finally {
			this.jdbc.update("update product set stock = 60 where slug = 'insulated-bottle'");
		}
	}

	@Test
	void soldOutInactiveAndUnknownProductsAddNothing() {
		int carts = count("cart");
		Browser browser = new Browser(this.port).open();
		assertThat(codes(add(browser, productId(browser, "pulse-portable-speaker"), 1), "addToCart"))
			.containsExactly("INSUFFICIENT_STOCK");
		String toaster = this.jdbc.queryForObject("select id from product where slug = 'retro-toaster'", String.class);
		assertThat(codes(add(browser, toaster, 1), "addToCart")).containsExactly("PRODUCT_UNAVAILABLE");
		assertThat(codes(add(browser, "987654321", 1), "addToCart")).containsExactly("NOT_FOUND");
		assertThat(codes(add(browser, "not-an-id", 1), "addToCart")).containsExactly("NOT_FOUND");
		assertThat(browser.cookie("SESSION")).isNull();
		assertThat(count("cart")).isEqualTo(carts);
	}

	@Test
	void quantitiesThatAreNoPositiveIntAreRefusedBeforeAnythingRuns() {
		int carts = count("cart");
		Browser browser = new Browser(this.port).open();
		String bottle = productId(browser, "insulated-bottle");
		for (Object quantity : new Object[] { 0, -1, 1.5, 3_000_000_000L, "two" }) {
			Map<String, Object> response = add(browser, bottle, quantity);
			assertThat(errorClassification(response)).as("quantity %s", quantity).isEqualTo("ValidationError");
			assertThat(response.get("data")).isNull();
		}
		assertThat(browser.cookie("SESSION")).isNull();
		assertThat(count("cart")).isEqualTo(carts);
	}

	@Test
	void updatingALineSetsItsQuantityAndZeroRemovesIt() {
		Browser browser = new Browser(this.port).open();
		Map<String, Object> added = add(browser, productId(browser, "insulated-bottle"), 1);
		Object lineId = lines(added, "addToCart.cart").get(0).get("id");
		Map<String, Object> updated = browser.graphql(UPDATE, Map.of("lineId", lineId, "quantity", 4));
		assertThat(quantities(updated, "updateCartLine.cart")).containsExactly(Map.entry("insulated-bottle", 4));
		Map<String, Object> tooMany = browser.graphql(UPDATE, Map.of("lineId", lineId, "quantity", 61));
		assertThat(codes(tooMany, "updateCartLine")).containsExactly("INSUFFICIENT_STOCK");
		assertThat(quantities(tooMany, "updateCartLine.cart")).containsExactly(Map.entry("insulated-bottle", 60));
		Map<String, Object> removed = browser.graphql(UPDATE, Map.of("lineId", lineId, "quantity", 0));
		assertThat(lines(removed, "updateCartLine.cart")).isEmpty();
		assertThat(at(removed, "updateCartLine.cart.id")).as("the cart stays, empty").isNotNull();
	}

	@Test
	void anotherCartsLineIsNotFoundAndThatCartIsUntouched() {
		Browser owner = new Browser(this.port).open();
		Map<String, Object> theirs = add(owner, productId(owner, "chefs-knife"), 2);
		Object theirLine = lines(theirs, "addToCart.cart").get(0).get("id");
		Browser intruder = new Browser(this.port).open();
		add(intruder, productId(intruder, "insulated-bottle"), 1);
		assertThat(codes(intruder.graphql(UPDATE, Map.of("lineId", theirLine, "quantity", 1)), "updateCartLine"))
			.containsExactly("NOT_FOUND");
		assertThat(codes(intruder.graphql(REMOVE, Map.of("lineId", theirLine)), "removeCartLine"))
			.containsExactly("NOT_FOUND");
		assertThat(codes(new Browser(this.port).open().graphql(UPDATE, Map.of("lineId", theirLine, "quantity", 1)),
				"updateCartLine"))
			.containsExactly("NOT_FOUND");
		assertThat(quantities(owner.graphql(CART), "cart")).containsExactly(Map.entry("chefs-knife", 2));
	}

	@Test
	void removingAndClearing() {
		Browser browser = new Browser(this.port).open();
		add(browser, productId(browser, "insulated-bottle"), 1);
		Map<String, Object> two = add(browser, productId(browser, "chefs-knife"), 1);
		Object knifeLine = lines(two, "addToCart.cart").get(1).get("id");
		Map<String, Object> removed = browser.graphql(REMOVE, Map.of("lineId", knifeLine));
		assertThat(quantities(removed, "removeCartLine.cart")).containsOnlyKeys("insulated-bottle");
		Map<String, Object> cleared = browser.graphql(CLEAR);
		assertThat(lines(cleared, "clearCart.cart")).isEmpty();
		assertThat(at(cleared, "clearCart.cart.total.amount")).isEqualTo("0.00");
	}

	@Test
	void pricesComeFromTheCatalogWhenTheCartIsRead() {
		Browser browser = new Browser(this.port).open();
		add(browser, productId(browser, "trekking-poles"), 2);
		this.jdbc.update("update product set price = 70.00 where slug = 'trekking-poles'");
		try {
			assertThat(at(browser.graphql(CART), "cart.total.amount")).isEqualTo("140.00");
		}
		finally {
			this.jdbc.update("update product set price = 75.00 where slug = 'trekking-poles'");
		}
	}

	@Test
	void aProductTakenOffSaleIsReportedNotDropped() {
		Browser browser = new Browser(this.port).open();
		add(browser, productId(browser, "trekking-poles"), 1);
		add(browser, productId(browser, "insulated-bottle"), 2);
		this.jdbc.update("update product set active = false where slug = 'trekking-poles'");
		try {
			Map<String, Object> cart = browser.graphql(CART);
			assertThat(lines(cart, "cart")).hasSize(2);
			assertThat(lines(cart, "cart").get(0).get("problem")).isEqualTo(Map.of("code", "PRODUCT_UNAVAILABLE",
					"message", "Trekking Poles is no longer on sale; remove it from your cart"));
			assertThat(at(cart, "cart.total.amount")).as("only what can be bought").isEqualTo("10.00");
			assertThat(at(cart, "cart.totalQuantity")).isEqualTo(2);
		}
		finally {
			this.jdbc.update("update product set active = true where slug = 'trekking-poles'");
		}
	}

	@Test
	void aSoldOutLineIsShownButCountsForNothing() {
		Browser browser = new Browser(this.port).open();
		add(browser, productId(browser, "igo-travel-radio"), 4);
		add(browser, productId(browser, "insulated-bottle"), 2);
		this.jdbc.update("update product set stock = 0 where slug = 'igo-travel-radio'");
		try {
			Map<String, Object> cart = browser.graphql(CART);
			Map<String, Object> soldOut = lines(cart, "cart").get(0);
			assertThat(soldOut).containsEntry("quantity", 4)
				.containsEntry("buyableQuantity", 0)
				.containsEntry("lineTotal", Map.of("amount", "0.00"));
			assertThat(soldOut.get("problem")).isEqualTo(Map.of("code", "INSUFFICIENT_STOCK", "message",
					"iGo Travel Radio is sold out; it doesn't count toward your total"));
			assertThat(at(cart, "cart.subtotal.amount")).isEqualTo("10.00");
			assertThat(at(cart, "cart.totalQuantity")).isEqualTo(2);
		}
		finally {
			this.jdbc.update("update product set stock = 8 where slug = 'igo-travel-radio'");
		}
	}

	@Test
	void aLineHoldingMoreThanTheStockCountsForTheStockAndKeepsItsQuantity() {
		Browser browser = new Browser(this.port).open();
		add(browser, productId(browser, "igo-travel-radio"), 5);
		this.jdbc.update("update product set stock = 2 where slug = 'igo-travel-radio'");
		try {
			Map<String, Object> cart = browser.graphql(CART);
			assertThat(lines(cart, "cart").get(0)).containsEntry("quantity", 5)
				.containsEntry("buyableQuantity", 2)
				.containsEntry("lineTotal", Map.of("amount", "39.98"));
			assertThat(lines(cart, "cart").get(0).get("problem")).isEqualTo(Map.of("code", "INSUFFICIENT_STOCK",
					"message", "Only 2 of iGo Travel Radio are in stock; 2 count toward your total"));
			assertThat(at(cart, "cart.subtotal.amount")).isEqualTo("39.98");
			assertThat(at(cart, "cart.total.amount")).isEqualTo("39.98");
			assertThat(at(cart, "cart.totalQuantity")).isEqualTo(2);
		}
		finally {
			this.jdbc.update("update product set stock = 8 where slug = 'igo-travel-radio'");
		}
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
