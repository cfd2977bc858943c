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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static dev.storefront.Browser.at;
import static dev.storefront.Browser.errorClassification;
import static dev.storefront.order.OrderOperations.CANCEL;
import static dev.storefront.order.OrderOperations.MARK_PAID;
import static dev.storefront.order.OrderOperations.MARK_SHIPPED;
import static dev.storefront.order.OrderOperations.codes;
import static dev.storefront.order.OrderOperations.numbers;
import static dev.storefront.order.OrderOperations.order;
import static dev.storefront.order.OrderOperations.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Who sees an order: the customer it belongs to, the session that placed it, and admins. Anyone
 * else gets exactly what a number nobody has gets, however the number is written or guessed.
 */
@StorefrontTest
class OrderVisibilityTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrderQueries queries;

	OrderFixtures fixtures;

	String ownerEmail;

	Browser owner;

	Browser otherShopper;

	Browser anonymous;

	Browser guest;

	Browser admin;

	OrderFixtures.Placed ownersOrder;

	OrderFixtures.Placed guestsOrder;

	@BeforeEach
	void placeAnOrderForAShopperAndOneForAGuest() {
		this.fixtures = OrderFixtures.of(this.context);
		this.ownerEmail = OrderOperations.newEmail();
		this.owner = OrderOperations.shopper(this.port, this.ownerEmail);
		this.otherShopper = OrderOperations.shopper(this.port, OrderOperations.newEmail());
		this.anonymous = OrderOperations.anonymous(this.port);
		String knife = this.fixtures.jdbc()
			.queryForObject("select id from product where slug = 'chefs-knife'", String.class);
		this.guest = OrderOperations.guestWithSession(this.port, knife);
		this.admin = OrderOperations.admin(this.port);
		// Cancelling puts stock back: the orders are of a product only these tests use.
		this.fixtures.product("order-test-visibility", 10);
		Map<String, Integer> lines = Map.of("order-test-visibility", 1);
		this.ownersOrder = this.fixtures.place(this.fixtures.customerId(this.ownerEmail), this.ownerEmail, Instant.now(),
				lines);
		this.guestsOrder = this.fixtures.place(null, "guest@example.com", Instant.now(), lines);
		this.fixtures.placedIn(this.guest, List.of(this.guestsOrder.id()));
	}

	@AfterEach
	void removeOrders() {
		this.fixtures.removeAll();
		SecurityContextHolder.clearContext();
	}

	@Test
	void anOrderIsReadByItsOwnerTheSessionThatPlacedItAndAdminsOnly() {
		assertThat(visible(this.owner)).containsExactly(true, false);
		assertThat(visible(this.guest)).containsExactly(false, true);
		assertThat(visible(this.admin)).containsExactly(true, true);
		assertThat(visible(this.otherShopper)).containsExactly(false, false);
		assertThat(visible(this.anonymous)).containsExactly(false, false);
	}

	@Test
	void theCustomerOfAnOrderIsShownToThatCustomerAndAdminsOnly() {
		assertThat(at(order(this.owner, this.ownersOrder.number()), "order.customer.email")).isEqualTo(this.ownerEmail);
		assertThat(at(order(this.admin, this.ownersOrder.number()), "order.customer.email")).isEqualTo(this.ownerEmail);
		Map<String, Object> guestOrder = order(this.guest, this.guestsOrder.number());
		assertThat(at(guestOrder, "order.number")).isEqualTo(this.guestsOrder.number());
		assertThat(at(guestOrder, "order.customer")).isNull();
		assertThat(at(order(this.admin, this.guestsOrder.number()), "order.customer")).isNull();
	}

	@Test
	void aNumberIsFoundWhateverItsCaseDashesAndSpaces() {
		String number = this.ownersOrder.number();
		String plain = number.replace("-", "");
		for (String typed : List.of(number.toLowerCase(), plain, plain.substring(2), " " + number.replace("-", " ") + " ",
				number.replace("-", "\u2013"))) {
			assertThat(at(order(this.owner, typed), "order.number")).as(typed).isEqualTo(number);
		}
	}

	@Test
	void guessedNumbersAliasedInOneRequestAllAnswerNullLikeNumbersNobodyHas() {
		String document = "query($a: String!, $b: String!, $c: String!) { a: order(number: $a) { number total { amount } } "
				+ "b: order(number: $b) { number total { amount } } c: order(number: $c) { number total { amount } } }";
		Map<String, Object> variables = Map.of("a", this.ownersOrder.number(), "b", this.guestsOrder.number(), "c",
				OrderFixtures.newNumber());
		for (Browser stranger : List.of(this.otherShopper, this.anonymous)) {
			Map<String, Object> response = stranger.graphql(document, variables);
			assertThat(response.get("errors")).isNull();
			@SuppressWarnings("unchecked")
			Map<String, Object> data = (Map<String, Object>) response.get("data");
			assertThat(data).containsOnlyKeys("a", "b", "c");
			assertThat(data.values()).containsOnlyNulls();
		}
		Map<String, Object> asAdmin = this.admin.graphql(document, variables);
		assertThat(at(asAdmin, "a.number")).isEqualTo(this.ownersOrder.number());
		assertThat(at(asAdmin, "b.number")).isEqualTo(this.guestsOrder.number());
		assertThat(at(asAdmin, "c")).isNull();
	}

	@Test
	void aNumberLongerThanAnyNumberIsABadRequestThatDoesNotRepeatIt() {
		String tooLong = "SF-" + "A".repeat(38);
		Map<String, Object> response = order(this.admin, tooLong);
		assertThat(errorClassification(response)).isEqualTo("BAD_REQUEST");
		assertThat(response.toString()).doesNotContain(tooLong);
		assertThat(at(order(this.admin, "SF-" + "A".repeat(37)), "order")).isNull();
	}

	@Test
	void myOrdersIsForSignedInCustomersAndHoldsOnlyTheirOwn() {
		assertThat(errorClassification(this.anonymous.graphql(OrderOperations.MY_ORDERS))).isEqualTo("UNAUTHORIZED");
		assertThat(errorClassification(this.guest.graphql(OrderOperations.MY_ORDERS))).isEqualTo("UNAUTHORIZED");
		Map<String, Object> mine = this.owner.graphql(OrderOperations.MY_ORDERS);
		assertThat(numbers(mine, "myOrders")).containsExactly(this.ownersOrder.number());
		assertThat(at(mine, "myOrders.totalCount")).isEqualTo(1);
		assertThat(numbers(this.otherShopper.graphql(OrderOperations.MY_ORDERS), "myOrders")).isEmpty();
	}

	@Test
	void aCustomersOrdersAreTheirsInMeAndNobodyElsesThroughTheService() {
		Map<String, Object> me = this.owner.graphql(OrderOperations.ME_ORDERS);
		assertThat(numbers(me, "me.orders")).containsExactly(this.ownersOrder.number());
		assertThat(at(this.otherShopper.graphql(OrderOperations.ME_ORDERS), "me.orders.totalCount")).isEqualTo(0);
		assertThat(at(this.anonymous.graphql(OrderOperations.ME_ORDERS), "me")).isNull();
		// No query hands a shopper another customer, but the service refuses it anyway.
		long ownerId = this.fixtures.customerId(this.ownerEmail);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(Long.toString(ownerId + 1), "",
					List.of(new SimpleGrantedAuthority("ROLE_SHOPPER"))));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.queries.of(ownerId, OrderPageRequest.of(null, null)));
	}

	@Test
	void onlyAdminsListEveryOrder() {
		Map<String, Object> filter = Map.of("filter", Map.of("email", this.ownerEmail));
		assertThat(errorClassification(this.anonymous.graphql(OrderOperations.ORDERS, filter))).isEqualTo("UNAUTHORIZED");
		assertThat(errorClassification(this.owner.graphql(OrderOperations.ORDERS, filter))).isEqualTo("FORBIDDEN");
		assertThat(errorClassification(this.guest.graphql(OrderOperations.ORDERS, filter))).isEqualTo("UNAUTHORIZED");
		Map<String, Object> listed = this.admin.graphql(OrderOperations.ORDERS, filter);
		assertThat(numbers(listed, "orders")).containsExactly(this.ownersOrder.number());
		assertThat(at(listed, "orders.nodes")).asString().contains(this.ownerEmail);
	}

	@Test
	void onlyAdminsMarkOrdersPaidOrShipped() {
		for (String mutation : List.of(MARK_PAID, MARK_SHIPPED)) {
			assertThat(errorClassification(run(this.anonymous, mutation, this.guestsOrder.number())))
				.isEqualTo("UNAUTHORIZED");
			assertThat(errorClassification(run(this.owner, mutation, this.ownersOrder.number()))).isEqualTo("FORBIDDEN");
			assertThat(errorClassification(run(this.guest, mutation, this.guestsOrder.number())))
				.isEqualTo("UNAUTHORIZED");
		}
		assertThat(this.fixtures.status(this.ownersOrder.number())).isEqualTo(OrderStatus.PLACED);
		assertThat(this.fixtures.status(this.guestsOrder.number())).isEqualTo(OrderStatus.PLACED);
		assertThat(at(run(this.admin, MARK_PAID, this.ownersOrder.number()), "markOrderPaid.order.status"))
			.isEqualTo("PAID");
	}

	@Test
	void strangersCancelNothingAndHearWhatAnUnknownNumberHears() {
		Map<String, Object> unknown = run(this.otherShopper, CANCEL, OrderFixtures.newNumber());
		for (Browser stranger : List.of(this.otherShopper, this.anonymous, this.guest)) {
			Map<String, Object> response = run(stranger, CANCEL, this.ownersOrder.number());
			assertThat(response.get("data")).isEqualTo(unknown.get("data"));
		}
		assertThat(codes(unknown, "cancelOrder")).containsExactly("NOT_FOUND");
		assertThat(at(run(this.owner, CANCEL, this.guestsOrder.number()), "cancelOrder"))
			.isEqualTo(at(unknown, "cancelOrder"));
		assertThat(this.fixtures.status(this.ownersOrder.number())).isEqualTo(OrderStatus.PLACED);
		assertThat(this.fixtures.status(this.guestsOrder.number())).isEqualTo(OrderStatus.PLACED);
	}

	@Test
	void theOwnerAndThePlacingSessionCancelTheirOrders() {
		assertThat(at(run(this.owner, CANCEL, this.ownersOrder.number()), "cancelOrder.order.status"))
			.isEqualTo("CANCELLED");
		assertThat(at(run(this.guest, CANCEL, this.guestsOrder.number()), "cancelOrder.order.status"))
			.isEqualTo("CANCELLED");
	}

	private List<Boolean> visible(Browser browser) {
		return List.of(at(order(browser, this.ownersOrder.number()), "order") != null,
				at(order(browser, this.guestsOrder.number()), "order") != null);
	}

}
