package dev.storefront.order;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
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
import static dev.storefront.Browser.errorClassification;
import static dev.storefront.order.OrderOperations.MARK_PAID;
import static dev.storefront.order.OrderOperations.numbers;
import static dev.storefront.order.OrderOperations.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order lists are newest first and keyset-paged: cursors round-trip, a cursor this API didn't
 * write or a page size out of range is a BAD_REQUEST, and the admin list filters by status,
 * email and number.
 */
@StorefrontTest
class OrderPagingTests {

	static final String PAGE = "query($first: Int, $after: String) { myOrders(first: $first, after: $after) { "
			+ "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } "
			+ "edges { cursor node { number } } nodes { number } } }";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	OrderFixtures fixtures;

	String email;

	Browser shopper;

	/** The shopper's orders, newest first. */
	List<String> newestFirst;

	@BeforeEach
	void fiveOrdersTwoOfThemPlacedAtTheSameInstant() {
		this.fixtures = OrderFixtures.of(this.context);
		this.email = OrderOperations.newEmail();
		this.shopper = OrderOperations.shopper(this.port, this.email);
		long customerId = this.fixtures.customerId(this.email);
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(1, ChronoUnit.DAYS);
		List<String> oldestFirst = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			// The 3rd and 4th share their instant: the id orders them.
			Instant placedAt = start.plusSeconds((i == 3) ? 2 : i);
			oldestFirst.add(this.fixtures.place(customerId, this.email, placedAt).number());
		}
		this.newestFirst = new ArrayList<>(oldestFirst);
		Collections.reverse(this.newestFirst);
	}

	@AfterEach
	void removeOrders() {
		this.fixtures.removeAll();
	}

	@Test
	void ordersComeNewestFirstAndCursorsWalkThemWithoutGapsOrRepeats() {
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean first = true;
		do {
			Map<String, Object> variables = new HashMap<>();
			variables.put("first", 2);
			variables.put("after", after);
			Map<String, Object> page = this.shopper.graphql(PAGE, variables);
			assertThat(page.get("errors")).isNull();
			assertThat(at(page, "myOrders.totalCount")).isEqualTo(5);
			assertThat(at(page, "myOrders.pageInfo.hasPreviousPage")).isEqualTo(!first);
			seen.addAll(numbers(page, "myOrders"));
			after = (Boolean.TRUE.equals(at(page, "myOrders.pageInfo.hasNextPage")))
					? (String) at(page, "myOrders.pageInfo.endCursor") : null;
			first = false;
		}
		while (after != null);
		assertThat(seen).isEqualTo(this.newestFirst);
	}

	@Test
	void aForgedCursorIsABadRequest() {
		String real = (String) at(this.shopper.graphql(PAGE, Map.of("first", 1)), "myOrders.pageInfo.endCursor");
		String plain = new String(Base64.getUrlDecoder().decode(real), StandardCharsets.UTF_8);
		List<String> forged = List.of("nonsense", "", "%%%", encode("o1|2024-01-01T00:00:00Z|0"),
				encode("o1|2024-01-01T00:00:00Z|99999999999999999999"), encode("o1|+1000000000-01-01T00:00:00Z|5"),
				encode("o1|0999-01-01T00:00:00Z|5"), encode("o1|yesterday|5"), encode("v1|NEWEST|5|2024-01-01T00:00:00Z"),
				encode(plain + "|extra"), "A".repeat(10_000));
		for (String cursor : forged) {
			Map<String, Object> response = this.shopper.graphql(PAGE, Map.of("first", 2, "after", cursor));
			assertThat(errorClassification(response)).as(cursor).isEqualTo("BAD_REQUEST");
		}
	}

	@Test
	void aPageSizeOutsideOneToAHundredIsABadRequest() {
		for (int size : List.of(0, -1, 101, Integer.MAX_VALUE)) {
			assertThat(errorClassification(this.shopper.graphql(PAGE, Map.of("first", size)))).as("first " + size)
				.isEqualTo("BAD_REQUEST");
		}
		assertThat(numbers(this.shopper.graphql(PAGE, Map.of("first", 100)), "myOrders")).hasSize(5);
		Map<String, Object> defaults = new HashMap<>();
		defaults.put("first", null);
		assertThat(numbers(this.shopper.graphql(PAGE, defaults), "myOrders")).hasSize(5);
	}

	@Test
	void theAdminListFiltersByStatusEmailAndNumber() {
		Browser admin = OrderOperations.admin(this.port);
		run(admin, MARK_PAID, this.newestFirst.get(1));
		run(admin, MARK_PAID, this.newestFirst.get(3));
		String shouted = "  " + this.email.toUpperCase() + " ";
		assertThat(listed(admin, Map.of("email", shouted))).isEqualTo(this.newestFirst);
		assertThat(listed(admin, Map.of("email", shouted, "status", "PAID")))
			.containsExactly(this.newestFirst.get(1), this.newestFirst.get(3));
		String number = this.newestFirst.get(2);
		assertThat(listed(admin, Map.of("number", number.toLowerCase().replace("-", " ")))).containsExactly(number);
		assertThat(listed(admin, Map.of("number", number, "status", "PAID"))).isEmpty();
		assertThat(listed(admin, Map.of("number", "no such number"))).isEmpty();
		assertThat(listed(admin, Map.of("email", "nobody-" + this.email))).isEmpty();
		Map<String, Object> everything = admin.graphql(OrderOperations.ORDERS, Map.of("first", 100));
		assertThat(numbers(everything, "orders")).containsSubsequence(this.newestFirst);
	}

	@Test
	void theAdminListRefusesFilterTextsLongerThanAnyEmailOrNumber() {
		Browser admin = OrderOperations.admin(this.port);
		String longEmail = "a".repeat(250) + "@x.io";
		for (Map<String, Object> filter : List.of(Map.<String, Object>of("email", longEmail),
				Map.<String, Object>of("number", "SF-" + "1".repeat(38)))) {
			Map<String, Object> response = admin.graphql(OrderOperations.ORDERS, Map.of("filter", filter));
			assertThat(errorClassification(response)).isEqualTo("BAD_REQUEST");
			assertThat(response.toString()).doesNotContain(longEmail);
		}
	}

	private static List<String> listed(Browser admin, Map<String, Object> filter) {
		Map<String, Object> response = admin.graphql(OrderOperations.ORDERS, Map.of("filter", filter, "first", 100));
		assertThat(response.get("errors")).isNull();
		return numbers(response, "orders");
	}

	private static String encode(String plain) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

}
