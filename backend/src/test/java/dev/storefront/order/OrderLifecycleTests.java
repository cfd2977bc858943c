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

import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import dev.storefront.order.OrderOperations.OrderPayloadData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static dev.storefront.Answers.codes;
import static dev.storefront.order.OrderOperations.CANCEL;
import static dev.storefront.order.OrderOperations.MARK_PAID;
import static dev.storefront.order.OrderOperations.MARK_SHIPPED;
import static dev.storefront.order.OrderOperations.ran;
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

    Visitor admin;

    @BeforeEach
    void twoProductsOnlyTheseTestsUse() {
        this.fixtures = OrderFixtures.of(this.context);
        this.fixtures.product(LAMP, 5);
        this.fixtures.product(MUG, 3);
        this.admin = Visitors.admin(this.port);
    }

    @AfterEach
    void removeOrders() {
        this.fixtures.removeAll();
    }

    @Test
    void anAdminMarksAnOrderPaidThenShipped() {
        String number = placed().number();
        OrderPayloadData paid = ran(this.admin, MARK_PAID, number);
        assertThat(paid.userErrors()).isEmpty();
        assertThat(paid.order().status()).isEqualTo("PAID");
        OrderPayloadData shipped = ran(this.admin, MARK_SHIPPED, number);
        assertThat(shipped.order().status()).isEqualTo("SHIPPED");
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
                OrderPayloadData response = ran(this.admin, mutation, number);
                if (from.canBecome(to)) {
                    assertThat(response.userErrors()).as(from + " → " + to).isEmpty();
                    assertThat(this.fixtures.status(number)).isEqualTo(to);
                } else {
                    assertThat(codes(response.userErrors()))
                            .as(from + " → " + to)
                            .containsExactly("ILLEGAL_TRANSITION");
                    assertThat(response.userErrors()).asString().contains(from.name(), to.name());
                    assertThat(response.order().status()).isEqualTo(from.name());
                    assertThat(this.fixtures.status(number)).isEqualTo(from);
                    assertThat(stock()).isEqualTo(stockBefore);
                }
            }
        }
    }

    @Test
    void cancellingPutsTheStockBackOnceAndACancelledOrderCantBeCancelledAgain() {
        String number = placed().number();
        assertThat(ran(this.admin, CANCEL, number).order().status()).isEqualTo("CANCELLED");
        assertThat(stock()).containsExactly(7, 4);
        assertThat(codes(ran(this.admin, CANCEL, number).userErrors())).containsExactly("ILLEGAL_TRANSITION");
        assertThat(stock()).containsExactly(7, 4);
    }

    @Test
    void anAdminCancelsAPaidOrderButItsCustomerMayNot() {
        String email = OrderOperations.newEmail();
        Visitor owner = Visitors.shopper(this.port, email);
        String number = this.fixtures
                .place(this.fixtures.customerId(email), email, Instant.now(), Map.of(LAMP, 2, MUG, 1))
                .number();
        ran(this.admin, MARK_PAID, number);
        OrderPayloadData byOwner = ran(owner, CANCEL, number);
        assertThat(codes(byOwner.userErrors())).containsExactly("ILLEGAL_TRANSITION");
        assertThat(byOwner.userErrors()).asString().contains("PAID", "CANCELLED");
        assertThat(stock()).containsExactly(5, 3);
        assertThat(ran(this.admin, CANCEL, number).order().status()).isEqualTo("CANCELLED");
        assertThat(stock()).containsExactly(7, 4);
    }

    @Test
    void aShippedOrderIsNotCancelledAndKeepsItsStock() {
        String number = placedIn(OrderStatus.SHIPPED);
        assertThat(codes(ran(this.admin, CANCEL, number).userErrors())).containsExactly("ILLEGAL_TRANSITION");
        assertThat(this.fixtures.status(number)).isEqualTo(OrderStatus.SHIPPED);
        assertThat(stock()).containsExactly(5, 3);
    }

    @Test
    void cancellationsArrivingTogetherCancelOnceAndPutTheStockBackOnce() throws Exception {
        String number = placed().number();
        int callers = 6;
        List<Visitor> admins = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            admins.add(Visitors.admin(this.port));
        }
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<OrderPayloadData>> answers = admins.stream()
                    .map((caller) -> CompletableFuture.supplyAsync(
                            () -> {
                                await(start);
                                return ran(caller, CANCEL, number);
                            },
                            pool))
                    .toList();
            start.countDown();
            List<List<String>> outcomes = new ArrayList<>();
            for (CompletableFuture<OrderPayloadData> answer : answers) {
                outcomes.add(codes(answer.get(60, TimeUnit.SECONDS).userErrors()));
            }
            assertThat(outcomes).filteredOn(List::isEmpty).hasSize(1);
            assertThat(outcomes)
                    .filteredOn((codes) -> !codes.isEmpty())
                    .hasSize(callers - 1)
                    .allSatisfy((codes) -> assertThat(codes).containsExactly("ILLEGAL_TRANSITION"));
        } finally {
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
            case PLACED -> {}
            case PAID -> ran(this.admin, MARK_PAID, number);
            case SHIPPED -> {
                ran(this.admin, MARK_PAID, number);
                ran(this.admin, MARK_SHIPPED, number);
            }
            case CANCELLED -> ran(this.admin, CANCEL, number);
        }
        assertThat(this.fixtures.status(number)).isEqualTo(status);
        return number;
    }

    private List<Integer> stock() {
        return List.of(this.fixtures.stock(LAMP), this.fixtures.stock(MUG));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
