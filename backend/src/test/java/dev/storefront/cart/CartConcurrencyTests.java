package dev.storefront.cart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.storefront.Answers.UserError;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;

import static dev.storefront.Visitors.productId;
import static dev.storefront.cart.CartOperations.add;
import static dev.storefront.cart.CartOperations.cart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Concurrent writes to one cart queue up on the cart's row lock, taken only inside a write's
 * transaction: none is lost, none doubles the cart.
 */
@StorefrontTest
class CartConcurrencyTests {

    private final int port;

    private final JdbcTemplate jdbc;

    private final CartRepository carts;

    @Autowired
    CartConcurrencyTests(@LocalServerPort int port, JdbcTemplate jdbc, CartRepository carts) {
        this.port = port;
        this.jdbc = jdbc;
        this.carts = carts;
    }

    @Test
    void theCartsLockIsRefusedOutsideATransaction() {
        // On a connection of its own the lock would be rolled back as the connection went back to
        // the pool, holding nothing while the caller believed the cart locked.
        assertThatExceptionOfType(IllegalTransactionStateException.class)
                .isThrownBy(() -> this.carts.lockAsChanged(1L, Instant.now()));
        assertThatExceptionOfType(IllegalTransactionStateException.class)
                .isThrownBy(() -> this.carts.lockAsChanged(Cart.customerKey(1), Instant.now()));
    }

    @Test
    void fiftyParallelAddsOnOneSessionAddFifty() throws Exception {
        Visitor browser = Visitor.opened(this.port);
        String bottle = productId(browser, "insulated-bottle");
        add(browser, productId(browser, "chefs-knife"), 1);
        assertThat(inParallel(browser, 50, bottle))
                .hasSize(50)
                .allSatisfy((errors) -> assertThat(errors).isEmpty());
        assertThat(cart(browser).quantities()).containsEntry("insulated-bottle", 50);
    }

    @Test
    void twoConcurrentFirstWritesOnASessionMakeOneCart() throws Exception {
        String email = Visitors.uniqueEmail("concurrent");
        Visitor browser = Visitors.shopper(this.port, email);
        String bottle = productId(browser, "insulated-bottle");
        assertThat(inParallel(browser, 2, bottle))
                .hasSize(2)
                .allSatisfy((errors) -> assertThat(errors).isEmpty());
        assertThat(this.jdbc.queryForObject(
                        "select count(*) from cart c join customer u on u.id = c.customer_id where u.email = ?",
                        Integer.class,
                        email))
                .isEqualTo(1);
        assertThat(cart(browser).quantities()).containsEntry("insulated-bottle", 2);
    }

    /**
     * Sends the same addToCart(quantity: 1) from many threads at once, with the browser's cookies;
     * each answer's user errors. The tester fails a call whose status is not 200.
     */
    private static List<List<UserError>> inParallel(Visitor browser, int requests, String productId) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<List<UserError>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return add(browser, productId, 1).userErrors();
                }));
            }
            start.countDown();
            List<List<UserError>> errors = new ArrayList<>();
            for (Future<List<UserError>> answer : answers) {
                errors.add(answer.get());
            }
            return errors;
        } finally {
            pool.shutdownNow();
        }
    }
}
