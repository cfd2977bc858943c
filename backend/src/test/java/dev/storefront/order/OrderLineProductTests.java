package dev.storefront.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static dev.storefront.Browser.at;
import static dev.storefront.order.OrderOperations.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order's lines are what was bought, whatever the catalog does later; {@code product} is the
 * product as it is now: null once it is gone, or off sale for a caller who is no admin.
 */
@StorefrontTest
class OrderLineProductTests {

	static final String LAMP = "order-test-line-lamp";

	static final String MUG = "order-test-line-mug";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	OrderFixtures fixtures;

	String email;

	Browser owner;

	Browser admin;

	String number;

	@BeforeEach
	void anOrderOfTwoProducts() {
		this.fixtures = OrderFixtures.of(this.context);
		this.fixtures.product(LAMP, 5);
		this.fixtures.product(MUG, 5);
		this.email = OrderOperations.newEmail();
		this.owner = OrderOperations.shopper(this.port, this.email);
		this.admin = OrderOperations.admin(this.port);
		this.number = this.fixtures.place(this.fixtures.customerId(this.email), this.email, Instant.now(),
				Map.of(LAMP, 2, MUG, 1)).number();
	}

	@AfterEach
	void removeOrders() {
		this.fixtures.removeAll();
	}

	@Test
	void linesKeepTheTitleAndPriceAsBoughtWhileTheProductShowsHowItIsNow() {
		this.fixtures.jdbc().update("update product set title = 'Renamed Lamp', price = 99.00 where slug = ?", LAMP);
		Map<String, Object> line = line(order(this.owner, this.number), LAMP);
		assertThat(line.get("title")).isEqualTo("Order Test " + LAMP);
		assertThat(line.get("unitPrice")).isEqualTo(Map.of("amount", "12.50"));
		assertThat(line.get("lineTotal")).isEqualTo(Map.of("amount", "25.00"));
		assertThat(line.get("quantity")).isEqualTo(2);
		assertThat(line.get("product")).asString().contains("Renamed Lamp");
		assertThat(at(order(this.owner, this.number), "order.subtotal.amount")).isEqualTo("37.50");
	}

	@Test
	void anArchivedProductIsNullForTheShopperAndShownToAdmins() {
		this.fixtures.jdbc().update("update product set active = false where slug = ?", LAMP);
		assertThat(line(order(this.owner, this.number), LAMP).get("product")).isNull();
		assertThat(line(order(this.owner, this.number), MUG).get("product")).isNotNull();
		Map<String, Object> asAdmin = line(order(this.admin, this.number), LAMP);
		assertThat(asAdmin.get("product")).isEqualTo(Map.of("id", asAdmin.get("productId"),
				"title", "Order Test " + LAMP, "active", false));
		assertThat(line(order(this.owner, this.number), LAMP).get("title")).isEqualTo("Order Test " + LAMP);
	}

	@Test
	void aDeletedProductIsNullForEveryoneAndTheLineStays() {
		this.fixtures.jdbc().update("delete from product where slug = ?", LAMP);
		for (Browser caller : List.of(this.owner, this.admin)) {
			Map<String, Object> line = line(order(caller, this.number), LAMP);
			assertThat(line.get("product")).isNull();
			assertThat(line.get("title")).isEqualTo("Order Test " + LAMP);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> line(Map<String, Object> response, String slug) {
		assertThat(response.get("errors")).isNull();
		return ((List<Map<String, Object>>) at(response, "order.lines")).stream()
			.filter((line) -> slug.equals(line.get("slug")))
			.findFirst()
			.orElseThrow();
	}

}
