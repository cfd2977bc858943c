package dev.storefront.order;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dev.storefront.SqlStatements;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.order.Checkout.PlacedData;
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
import static org.awaitility.Awaitility.await;

/**
 * Placing an order of 20 lines reads what an order of 2 lines reads: one statement per table,
 * not per line. Writes grow by one insert per line only (order lines have IDENTITY ids, which
 * JDBC can't batch); the stock updates and cart line deletes go as one batch each.
 */
@StorefrontTest
class PlaceOrderStatementCountTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlStatements sql;

    Checkout checkout;

    @BeforeEach
    void products() {
        this.checkout = new Checkout(this.jdbc, "count");
    }

    @AfterEach
    void removeProducts() {
        this.checkout.removeAll();
    }

    @Test
    void anOrderOfTwentyLinesReadsWhatAnOrderOfTwoReads() {
        Counted two = placeOrderOf(2);
        Counted twenty = placeOrderOf(20);

        assertThat(twenty.reads())
                .as("reads of 20 lines: %s", twenty.statements())
                .isEqualTo(two.reads());
        // The session, the cart and its lines, the key's order, the products locked, their tags (for
        // the index), and the test's own listener's look at the committed order.
        assertThat(two.reads()).isLessThanOrEqualTo(7);
        // Writes: the order, a line each, one batch of stock updates, the cart and one batch of line
        // deletes, the two listeners' publications (and their completion), the session's order ids.
        assertThat(two.writes()).isLessThanOrEqualTo(14);
        assertThat(twenty.writes())
                .as("writes of 20 lines: %s", twenty.statements())
                .isEqualTo(two.writes() + 18);
        // The 18 more lines cost 18 order_line inserts and nothing else.
        assertThat(twenty.statements().stream()
                        .filter((sql) -> sql.contains("update product"))
                        .count())
                .isEqualTo(two.statements().stream()
                        .filter((sql) -> sql.contains("update product"))
                        .count());
    }

    private Counted placeOrderOf(int lines) {
        Visitor guest = Visitor.opened(this.port);
        for (int i = 0; i < lines; i++) {
            assertThat(add(guest, this.checkout.product("1.00", 5), 1)).isEmpty();
        }
        this.sql.clear();
        PlacedData placed = place(guest, guestInput());
        assertThat(placed.codes()).isEmpty();
        String number = placed.order().number();
        // The confirmation is delivered on another thread; its statements count once it is done.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> this.jdbc.queryForObject(
                                "select count(*) from EVENT_PUBLICATION where serialized_event like ? and completion_date is null",
                                Integer.class,
                                "%" + number + "%")
                        == 0);
        List<String> statements = this.sql.mentioning("").stream()
                .map((sql) -> sql.strip().toLowerCase(Locale.ROOT))
                .filter((sql) -> !sql.contains("event_publication where serialized_event like"))
                .toList();
        long reads =
                statements.stream().filter((sql) -> sql.startsWith("select")).count();
        return new Counted(reads, statements.size() - reads, statements);
    }

    record Counted(long reads, long writes, List<String> statements) {}
}
