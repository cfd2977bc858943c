package dev.storefront.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

/** Orders placed at the same moment never oversell and never double: row locks and the idempotency key. */
@StorefrontTest
class OrderConcurrencyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Checkout checkout;

	@BeforeEach
	void products() {
		this.checkout = new Checkout(this.jdbc, "concurrent");
	}

	@AfterEach
	void removeProducts() {
		this.checkout.removeAll();
	}

	@Test
	void twentyShoppersForTheLastItemPlaceExactlyOneOrder() throws Exception {
		long last = this.checkout.product("10.00", 1);
		List<Browser> shoppers = shoppers(20, last, (i) -> 1);

		List<Map<String, Object>> answers = allAtOnce(shoppers, (shopper) -> place(shopper, guestInput()));

		assertThat(answers.stream().filter((answer) -> order(answer) != null)).hasSize(1);
		assertThat(answers.stream().filter((answer) -> order(answer) == null))
			.hasSize(19)
			.allSatisfy((answer) -> {
				assertThat(codes(answer)).containsExactly("INSUFFICIENT_STOCK", "CART_EMPTY");
				assertThat(Checkout.shortages(answer)).singleElement()
					.satisfies((shortage) -> assertThat(shortage.get("available")).isEqualTo(0));
				assertThat(Browser.at(answer, "placeOrder.cart.totalQuantity")).isEqualTo(0);
			});
		assertThat(this.checkout.stock(last)).isZero();
		assertThat(this.checkout.orderCount()).isEqualTo(1);
	}

	@Test
	void mixedQuantitiesFromTwentyShoppersNeverTakeMoreThanTheStock() throws Exception {
		long product = this.checkout.product("10.00", 10);
		List<Browser> shoppers = shoppers(20, product, (i) -> 1 + i % 4);

		List<Map<String, Object>> answers = allAtOnce(shoppers, (shopper) -> place(shopper, guestInput()));

		int ordered = answers.stream()
			.filter((answer) -> order(answer) != null)
			.mapToInt((answer) -> (Integer) ((Map<?, ?>) ((List<?>) order(answer).get("lines")).get(0)).get("quantity"))
			.sum();
		assertThat(ordered).isPositive().isLessThanOrEqualTo(10);
		assertThat(this.checkout.stock(product)).isEqualTo(10 - ordered).isNotNegative();
		assertThat(this.jdbc.queryForObject("select coalesce(sum(quantity), 0) from order_line where product_id = ?",
				Integer.class, product))
			.isEqualTo(ordered);
		answers.stream().filter((answer) -> order(answer) == null).forEach((answer) -> {
			assertThat(codes(answer)).first().isEqualTo("INSUFFICIENT_STOCK");
			Map<?, ?> shortage = Checkout.shortages(answer).get(0);
			assertThat((Integer) shortage.get("available")).isLessThan((Integer) shortage.get("requested"));
		});
	}

	@Test
	void theSameKeyTwiceAtOncePlacesOneOrderAndBothAnswersCarryIt() throws Exception {
		long product = this.checkout.product("10.00", 10);
		Browser shopper = new Browser(this.port).open();
		add(shopper, product, 2);
		Map<String, Object> input = guestInput();

		// A second tab of the same session: a Browser of its own with the same cookies.
		Browser secondTab = new Browser(this.port);
		secondTab.setCookie("SESSION", shopper.cookie("SESSION"));
		secondTab.setCookie("XSRF-TOKEN", shopper.cookie("XSRF-TOKEN"));

		List<Map<String, Object>> answers = allAtOnce(List.of(shopper, secondTab), (tab) -> place(tab, input));

		assertThat(answers).allSatisfy((answer) -> assertThat(codes(answer)).isEmpty());
		assertThat(answers.stream().map((answer) -> order(answer).get("number")).distinct()).hasSize(1);
		assertThat(answers.stream().map((answer) -> Browser.at(answer, "placeOrder.replayed")))
			.containsExactlyInAnyOrder(true, false);
		assertThat(this.checkout.orderCount()).isEqualTo(1);
		assertThat(this.checkout.stock(product)).isEqualTo(8);

		assertThat(codes(place(shopper, guestInput()))).containsExactly("CART_EMPTY");
		assertThat(this.checkout.orderCount()).isEqualTo(1);
	}

	@Test
	void aKeyIsBoundToTheCartThatUsedIt() {
		long product = this.checkout.product("10.00", 10);
		Browser first = new Browser(this.port).open();
		add(first, product, 1);
		Map<String, Object> input = guestInput();
		assertThat(codes(place(first, input))).isEmpty();

		Browser stranger = new Browser(this.port).open();
		add(stranger, product, 1);
		Map<String, Object> theirs = place(stranger, input);
		assertThat(Browser.at(theirs, "placeOrder.replayed")).isEqualTo(false);
		assertThat(order(theirs).get("number")).isNotEqualTo(order(place(first, input)).get("number"));
		assertThat(this.checkout.orderCount()).isEqualTo(2);
	}

	private List<Browser> shoppers(int count, long productId, java.util.function.IntUnaryOperator quantity) {
		List<Browser> shoppers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Browser shopper = new Browser(this.port).open();
			assertThat(Browser.at(add(shopper, productId, quantity.applyAsInt(i)), "addToCart.userErrors")).asList().isEmpty();
			shoppers.add(shopper);
		}
		return shoppers;
	}

	/** Runs the call for each shopper on its own thread, all released at once. */
	private static List<Map<String, Object>> allAtOnce(List<Browser> shoppers,
			java.util.function.Function<Browser, Map<String, Object>> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(shoppers.size());
		try {
			List<Future<Map<String, Object>>> answers = new ArrayList<>();
			for (Browser shopper : shoppers) {
				Callable<Map<String, Object>> task = () -> {
					start.await();
					return call.apply(shopper);
				};
				answers.add(pool.submit(task));
			}
			start.countDown();
			List<Map<String, Object>> results = new ArrayList<>();
			for (Future<Map<String, Object>> answer : answers) {
				Map<String, Object> result = answer.get(60, TimeUnit.SECONDS);
				assertThat(result.get("errors")).as("GraphQL errors").isNull();
				results.add(result);
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
