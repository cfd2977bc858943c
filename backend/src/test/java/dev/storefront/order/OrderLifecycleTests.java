package dev.storefront.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static dev.storefront.Browser.at;
import static dev.storefront.order.OrderOperations.CANCEL;
import static dev.storefront.order.OrderOperations.MARK_PAID;
import static dev.storefront.order.OrderOperations.MARK_SHIPPED;
import static dev.storefront.order.OrderOperations.codes;
import static dev.storefront.order.OrderOperations.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life cycle {@code PLACED → PAID → SHIPPED}, {@code CANCELLED} from {@code PLACED} or
 * {@code PAID}: every legal change works, every other is ILLEGAL_TRANSITION and changes nothing,
 * and a cancellation puts the stock back exactly once, however many arrive together.
 */
@StorefrontTest
class OrderLifecycleTests {

	static final String LAMP = "order-test-lamp";

	static final String MUG = "order-test-mug";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	OrderFixtures fixtures;

	Browser admin;

	@BeforeEach
	void twoProductsOnlyTheseTestsUse() {
		this.fixtures = OrderFixtures.of(this.context);
		this.fixtures.product(LAMP, 5);
		this.fixtures.product(MUG, 3);
		this.admin = OrderOperations.admin(this.port);
	}

	@AfterEach
	void removeOrders() {
		this.fixtures.removeAll();
	}

	@Test
	void anAdminMarksAnOrderPaidThenShipped() {
		String number = placed().number();
		Map<String, Object> paid = run(this.admin, MARK_PAID, number);
		assertThat(codes(paid, "markOrderPaid")).isEmpty();
		assertThat(at(paid, "markOrderPaid.order.status")).isEqualTo("PAID");
		Map<String, Object> shipped = run(this.admin, MARK_SHIPPED, number);
		assertThat(at(shipped, "markOrderShipped.order.status")).isEqualTo("SHIPPED");
		assertThat(this.fixtures.status(number)).isEqualTo(OrderStatus.SHIPPED);
		assertThat(stock()).containsExactly(5, 3);
	}

	@Test
	void everyStateRefusesEveryChangeItCantMakeAndStaysAsItWas() {
		for (OrderStatus from : OrderStatus.values()) {
			for (String mutation : List.of(MARK_PAID, MARK_SHIPPED, CANCEL)) {
				OrderStatus to = switch (mutation) {
					case MARK_PAID -> OrderStatus.PAID;
					case MARK_SHIPPED -> OrderStatus.SHIPPED;
					default -> OrderStatus.CANCELLED;
				};
				String number = placedIn(from);
				List<Integer> stockBefore = stock();
				Map<String, Object> response = run(this.admin, mutation, number);
				String field = name(mutation);
				if (from.canBecome(to)) {
					assertThat(codes(response, field)).as(from + " → " + to).isEmpty();
					assertThat(this.fixtures.status(number)).isEqualTo(to);
				}
				else {
					assertThat(codes(response, field)).as(from + " → " + to).containsExactly("ILLEGAL_TRANSITION");
					assertThat(at(response, field + ".userErrors")).asString().contains(from.name(), to.name());
					assertThat(at(response, field + ".order.status")).isEqualTo(from.name());
					assertThat(this.fixtures.status(number)).isEqualTo(from);
					assertThat(stock()).isEqualTo(stockBefore);
				}
			}
		}
	}

	@Test
	void cancellingPutsTheStockBackOnceAndACancelledOrderCantBeCancelledAgain() {
		String number = placed().number();
		assertThat(at(run(this.admin, CANCEL, number), "cancelOrder.order.status")).isEqualTo("CANCELLED");
		assertThat(stock()).containsExactly(7, 4);
		assertThat(codes(run(this.admin, CANCEL, number), "cancelOrder")).containsExactly("ILLEGAL_TRANSITION");
		assertThat(stock()).containsExactly(7, 4);
	}

	@Test
	void anAdminCancelsAPaidOrderButItsCustomerMayNot() {
		String email = OrderOperations.newEmail();
		Browser owner = OrderOperations.shopper(this.port, email);
		String number = this.fixtures.place(this.fixtures.customerId(email), email, Instant.now(),
				Map.of(LAMP, 2, MUG, 1)).number();
		run(this.admin, MARK_PAID, number);
		Map<String, Object> byOwner = run(owner, CANCEL, number);
		assertThat(codes(byOwner, "cancelOrder")).containsExactly("ILLEGAL_TRANSITION");
		assertThat(at(byOwner, "cancelOrder.userErrors")).asString().contains("PAID", "CANCELLED");
		assertThat(stock()).containsExactly(5, 3);
		assertThat(at(run(this.admin, CANCEL, number), "cancelOrder.order.status")).isEqualTo("CANCELLED");
		assertThat(stock()).containsExactly(7, 4);
	}

	@Test
	void aShippedOrderIsNotCancelledAndKeepsItsStock() {
		String number = placedIn(OrderStatus.SHIPPED);
		assertThat(codes(run(this.admin, CANCEL, number), "cancelOrder")).containsExactly("ILLEGAL_TRANSITION");
		assertThat(this.fixtures.status(number)).isEqualTo(OrderStatus.SHIPPED);
		assertThat(stock()).containsExactly(5, 3);
	}

	@Test
	void cancellationsArrivingTogetherCancelOnceAndPutTheStockBackOnce() throws Exception {
		String number = placed().number();
		int callers = 6;
		List<Browser> admins = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			admins.add(OrderOperations.admin(this.port));
		}
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<Map<String, Object>>> answers = admins.stream()
				.map((caller) -> CompletableFuture.supplyAsync(() -> {
					await(start);
					return run(caller, CANCEL, number);
				}, pool))
				.toList();
			start.countDown();
			List<List<String>> outcomes = new ArrayList<>();
			for (CompletableFuture<Map<String, Object>> answer : answers) {
				outcomes.add(codes(answer.get(60, TimeUnit.SECONDS), "cancelOrder"));
			}
			assertThat(outcomes).filteredOn(List::isEmpty).hasSize(1);
			assertThat(outcomes).filteredOn((codes) -> !codes.isEmpty())
				.hasSize(callers - 1)
				.allSatisfy((codes) -> assertThat(codes).containsExactly("ILLEGAL_TRANSITION"));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.fixtures.status(number)).isEqualTo(OrderStatus.CANCELLED);
		assertThat(stock()).containsExactly(7, 4);
	}

	private OrderFixtures.Placed placed() {
		return this.fixtures.place(null, "guest@example.com", Instant.now(), Map.of(LAMP, 2, MUG, 1));
	}

	/** An order brought to the state through the API, as an admin would. */
	private String placedIn(OrderStatus status) {
		String number = placed().number();
		switch (status) {
			case PLACED -> {
			}
			case PAID -> run(this.admin, MARK_PAID, number);
			case SHIPPED -> {
				run(this.admin, MARK_PAID, number);
				run(this.admin, MARK_SHIPPED, number);
			}
			case CANCELLED -> run(this.admin, CANCEL, number);
		}
		assertThat(this.fixtures.status(number)).isEqualTo(status);
		return number;
	}

	private List<Integer> stock() {
		return List.of(this.fixtures.stock(LAMP), this.fixtures.stock(MUG));
	}

	private static String name(String mutation) {
		return switch (mutation) {
			case MARK_PAID -> "markOrderPaid";
			case MARK_SHIPPED -> "markOrderShipped";
			default -> "cancelOrder";
		};
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
