package dev.storefront.cart;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.cart.CartOperations.CART;
import static dev.storefront.cart.CartOperations.add;
import static dev.storefront.cart.CartOperations.productId;
import static dev.storefront.cart.CartOperations.quantities;
import static org.assertj.core.api.Assertions.assertThat;

/** Concurrent writes to one cart queue up on the cart's row lock: none is lost, none doubles the cart. */
@StorefrontTest
class CartConcurrencyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fiftyParallelAddsOnOneSessionAddFifty() throws Exception {
		Browser browser = new Browser(this.port).open();
		String bottle = productId(browser, "insulated-bottle");
		add(browser, productId(browser, "chefs-knife"), 1);
		List<Integer> statuses = inParallel(browser, 50, bottle);
		assertThat(statuses).containsOnly(200);
		assertThat(quantities(browser.graphql(CART), "cart")).containsEntry("insulated-bottle", 50);
	}

	@Test
	void twoConcurrentFirstWritesOnASessionMakeOneCart() throws Exception {
		Browser browser = new Browser(this.port).open();
		String email = "concurrent-" + UUID.randomUUID() + "@example.com";
		browser.graphql("mutation($i: RegisterInput!) { register(input: $i) { customer { id } } }",
				Map.of("i", Map.of("email", email, "password", "correct horse battery", "name", "Two Tabs")));
		String bottle = productId(browser, "insulated-bottle");
		assertThat(inParallel(browser, 2, bottle)).containsOnly(200);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from cart c join customer u on u.id = c.customer_id where u.email = ?", Integer.class,
				email))
			.isEqualTo(1);
		assertThat(quantities(browser.graphql(CART), "cart")).containsEntry("insulated-bottle", 2);
	}

	/** Sends the same addToCart(quantity: 1) from many threads at once, with the browser's cookies. */
	private List<Integer> inParallel(Browser browser, int requests, String productId) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String body = "{\"query\":\"mutation($p: ID!) { addToCart(productId: $p, quantity: 1) { userErrors { code } } }\","
				+ "\"variables\":{\"p\":\"" + productId + "\"}}";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Cookie", "SESSION=" + browser.cookie("SESSION") + "; XSRF-TOKEN=" + browser.cookie("XSRF-TOKEN"))
			.header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		try {
			List<Future<HttpResponse<String>>> responses = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				responses.add(pool.submit(() -> {
					start.await();
					return client.send(request, HttpResponse.BodyHandlers.ofString());
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> response : responses) {
				HttpResponse<String> answer = response.get();
				assertThat(answer.body()).contains("\"userErrors\":[]");
				statuses.add(answer.statusCode());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
