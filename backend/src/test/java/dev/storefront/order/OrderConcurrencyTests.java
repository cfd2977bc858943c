package dev.storefront.order;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.order.Checkout.OrderInput;
import dev.storefront.order.Checkout.PlacedData;
import dev.storefront.order.Checkout.ShortageData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.order.Checkout.add;
import static dev.storefront.order.Checkout.guestInput;
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
        List<Visitor> shoppers = shoppers(20, last, (i) -> 1);

        List<PlacedData> answers = allAtOnce(shoppers, (shopper) -> place(shopper, guestInput()));

        assertThat(answers.stream().filter((answer) -> answer.order() != null)).hasSize(1);
        assertThat(answers.stream().filter((answer) -> answer.order() == null))
                .hasSize(19)
                .allSatisfy((answer) -> {
                    assertThat(answer.codes()).containsExactly("INSUFFICIENT_STOCK", "CART_EMPTY");
                    assertThat(answer.shortages())
                            .singleElement()
                            .satisfies((shortage) ->
                                    assertThat(shortage.available()).isEqualTo(0));
                    assertThat(answer.cart().totalQuantity()).isEqualTo(0);
                });
        assertThat(this.checkout.stock(last)).isZero();
        assertThat(this.checkout.orderCount()).isEqualTo(1);
    }

    @Test
    void mixedQuantitiesFromTwentyShoppersNeverTakeMoreThanTheStock() throws Exception {
        long product = this.checkout.product("10.00", 10);
        List<Visitor> shoppers = shoppers(20, product, (i) -> 1 + i % 4);

        List<PlacedData> answers = allAtOnce(shoppers, (shopper) -> place(shopper, guestInput()));

        int ordered = answers.stream()
                .filter((answer) -> answer.order() != null)
                .mapToInt((answer) -> answer.order().lines().get(0).quantity())
                .sum();
        assertThat(ordered).isPositive().isLessThanOrEqualTo(10);
        assertThat(this.checkout.stock(product)).isEqualTo(10 - ordered).isNotNegative();
        assertThat(this.jdbc.queryForObject(
                        "select coalesce(sum(quantity), 0) from order_line where product_id = ?",
                        Integer.class,
                        product))
                .isEqualTo(ordered);
        answers.stream().filter((answer) -> answer.order() == null).forEach((answer) -> {
            assertThat(answer.codes()).first().isEqualTo("INSUFFICIENT_STOCK");
            ShortageData shortage = answer.shortages().get(0);
            assertThat(shortage.available()).isLessThan(shortage.requested());
        });
    }

    @Test
    void theSameKeyTwiceAtOncePlacesOneOrderAndBothAnswersCarryIt() throws Exception {
        long product = this.checkout.product("10.00", 10);
        Visitor shopper = Visitor.opened(this.port);
        add(shopper, product, 2);
        OrderInput input = guestInput();

        // A second tab of the same session: a Visitor of its own with the same cookies.
        Visitor secondTab = shopper.newTab(this.port);

        List<PlacedData> answers = allAtOnce(List.of(shopper, secondTab), (tab) -> place(tab, input));

        assertThat(answers).allSatisfy((answer) -> assertThat(answer.codes()).isEmpty());
        assertThat(answers.stream().map((answer) -> answer.order().number()).distinct())
                .hasSize(1);
        assertThat(answers.stream().map(PlacedData::replayed)).containsExactlyInAnyOrder(true, false);
        assertThat(this.checkout.orderCount()).isEqualTo(1);
        assertThat(this.checkout.stock(product)).isEqualTo(8);

        assertThat(place(shopper, guestInput()).codes()).containsExactly("CART_EMPTY");
        assertThat(this.checkout.orderCount()).isEqualTo(1);
    }

    @Test
    void aKeyIsBoundToTheCartThatUsedIt() {
        long product = this.checkout.product("10.00", 10);
        Visitor first = Visitor.opened(this.port);
        add(first, product, 1);
        OrderInput input = guestInput();
        assertThat(place(first, input).codes()).isEmpty();

        Visitor stranger = Visitor.opened(this.port);
        add(stranger, product, 1);
        PlacedData theirs = place(stranger, input);
        assertThat(theirs.replayed()).isFalse();
        assertThat(theirs.order().number())
                .isNotEqualTo(place(first, input).order().number());
        assertThat(this.checkout.orderCount()).isEqualTo(2);
    }

    private List<Visitor> shoppers(int count, long productId, IntUnaryOperator quantity) {
        List<Visitor> shoppers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Visitor shopper = Visitor.opened(this.port);
            assertThat(add(shopper, productId, quantity.applyAsInt(i))).isEmpty();
            shoppers.add(shopper);
        }
        return shoppers;
    }

    /**
     * Runs the call for each shopper on its own thread, all released at once. A call that got
     * GraphQL errors fails (the tester checks for them when the payload is read).
     */
    private static List<PlacedData> allAtOnce(List<Visitor> shoppers, Function<Visitor, PlacedData> call)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(shoppers.size());
        try {
            List<Future<PlacedData>> answers = new ArrayList<>();
            for (Visitor shopper : shoppers) {
                Callable<PlacedData> task = () -> {
                    start.await();
                    return call.apply(shopper);
                };
                answers.add(pool.submit(task));
            }
            start.countDown();
            List<PlacedData> results = new ArrayList<>();
            for (Future<PlacedData> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
