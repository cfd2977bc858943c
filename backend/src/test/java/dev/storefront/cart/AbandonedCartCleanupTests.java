package dev.storefront.cart;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.Visitors.productId;
import static dev.storefront.cart.CartOperations.add;
import static org.assertj.core.api.Assertions.assertThat;

/** Anonymous carts nobody touched for the configured age are deleted; customers' carts stay. */
@StorefrontTest
class AbandonedCartCleanupTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AbandonedCartCleanup cleanup;

    @Test
    void oldAnonymousCartsGoAndEverythingElseStays() {
        Visitor old = Visitor.opened(this.port);
        add(old, productId(old, "chefs-knife"), 1);
        long oldCart = newestCart();
        Visitor recent = Visitor.opened(this.port);
        add(recent, productId(recent, "chefs-knife"), 1);
        long recentCart = newestCart();
        Visitor customer = Visitors.shopper(this.port, Visitors.uniqueEmail("old"));
        add(customer, productId(customer, "chefs-knife"), 1);
        long customerCart = newestCart();
        this.jdbc.update(
                "update cart set updated_at = ? where id in (?, ?)",
                Timestamp.from(Instant.now().minus(Duration.ofDays(31))),
                oldCart,
                customerCart);

        assertThat(this.cleanup.deleteAbandonedCarts()).isGreaterThanOrEqualTo(1);
        assertThat(exists(oldCart)).isFalse();
        assertThat(exists(recentCart)).isTrue();
        assertThat(exists(customerCart)).isTrue();
        assertThat(this.jdbc.queryForObject("select count(*) from cart_line where cart_id = ?", Integer.class, oldCart))
                .isZero();
    }

    private long newestCart() {
        return this.jdbc.queryForObject("select max(id) from cart", Long.class);
    }

    private boolean exists(long cartId) {
        return this.jdbc.queryForObject("select count(*) from cart where id = ?", Integer.class, cartId) == 1;
    }
}
