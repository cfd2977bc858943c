package dev.storefront.cart;

import java.util.List;
import java.util.Locale;

import dev.storefront.SqlStatements;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static dev.storefront.Visitors.productId;
import static dev.storefront.cart.CartOperations.add;
import static dev.storefront.cart.CartOperations.addToCart;
import static dev.storefront.cart.CartOperations.cart;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a cart of 50 lines with each product's category costs what a cart of 2 lines costs; an
 * add costs a fixed number of statements, each one the server prepared before, and reads the
 * session once however large its answer.
 */
@StorefrontTest
class CartStatementCountTests {

    static final JsonMapper json = new JsonMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    SqlStatements sql;

    @AfterEach
    void removeExtraProducts() {
        this.jdbc.update(
                "delete from cart_line where product_id in (select id from product where slug like 'cart-count-%')");
        this.jdbc.update("delete from product where slug like 'cart-count-%'");
    }

    @Test
    void aCartOfFiftyLinesCostsNoMoreStatementsThanOneOfTwo() {
        Visitor small = Visitor.opened(this.port);
        add(small, productId(small, "chefs-knife"), 1);
        add(small, productId(small, "summit-tent"), 1);

        Visitor large = Visitor.opened(this.port);
        add(large, productId(large, "chefs-knife"), 1);
        addLinesToTheLatestCart(49);
        assertThat(cart(large).lines()).hasSize(50);

        long twoLines = statementsToRead(small);
        long fiftyLines = statementsToRead(large);
        assertThat(fiftyLines).isEqualTo(twoLines).isLessThanOrEqualTo(6);
    }

    @Test
    void addingToACartCostsAFixedNumberOfStatements() {
        Visitor browser = Visitor.opened(this.port);
        add(browser, productId(browser, "chefs-knife"), 1);
        add(browser, productId(browser, "summit-tent"), 1);
        String bottle = productId(browser, "insulated-bottle");
        Statistics statistics =
                this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        this.sql.clear();
        add(browser, bottle, 1);
        long newLine = cartStatements();
        long entities = statistics.getEntityLoadCount();
        long newLineFlushes = statistics.getFlushCount();
        statistics.clear();
        this.sql.clear();
        add(browser, bottle, 1);
        long raisedLine = cartStatements();
        long raisedLineFlushes = statistics.getFlushCount();
        // Lock the cart by writing its change time (an UPDATE locks the row as SELECT ... FOR
        // UPDATE would), the cart with its lines, one catalog read for every product in it, then
        // the line's insert or update: the flush has no cart to update.
        assertThat(newLine).isEqualTo(4);
        assertThat(raisedLine).isEqualTo(4);
        // The cart and its two lines: the products it shows are read as rows, so the write's
        // flush has no product to check for changes.
        assertThat(entities).isEqualTo(3);
        // The commit's flush only: a flush checks every line of the cart, and the new line's id
        // comes from inserting that line alone.
        assertThat(newLineFlushes).isEqualTo(1);
        assertThat(raisedLineFlushes).isEqualTo(1);
    }

    @Test
    void aCartWriteReadsTheSessionOnceAndWritesItNotAtAll() {
        Visitor browser = Visitor.opened(this.port);
        add(browser, productId(browser, "chefs-knife"), 1);
        String tent = productId(browser, "summit-tent");
        Statistics statistics =
                this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        this.sql.clear();
        add(browser, tent, 1);
        // Spring Session reads the session in a JDBC transaction of its own (SessionConfig): on
        // the JPA transaction manager, that read opened a Hibernate session too.
        assertThat(statistics.getSessionOpenCount()).isEqualTo(1);
        assertThat(statistics.getTransactionCount()).isEqualTo(1);
        List<String> session = this.sql.mentioning("spring_session");
        // On a Java 21+ runtime a response finished on another thread used to read the session
        // three times: the request went through the filters again to be written.
        assertThat(session.stream().filter(CartStatementCountTests::isRead)).hasSize(1);
        // Nothing in the session changed, and its last visit was written less than a minute ago
        // (storefront.session-touch-interval): Spring Session alone would update its row.
        assertThat(session.stream().filter((statement) -> !isRead(statement))).isEmpty();
    }

    @Test
    void aCartTooLargeForTheResponseBufferReadsTheSessionOnce() {
        Visitor browser = Visitor.opened(this.port);
        add(browser, productId(browser, "chefs-knife"), 1);
        addLinesToTheLatestCart(59);
        String tent = productId(browser, "summit-tent");
        this.sql.clear();
        Object answer = addToCart(browser, tent, 1)
                .execute()
                .path("addToCart")
                .entity(Object.class)
                .get();
        // Larger than Tomcat's 8 KiB response buffer: written as it came, the answer would commit the
        // response before the session filter is done, which then reads the session once more.
        assertThat(json.writeValueAsBytes(answer).length).isGreaterThan(8 * 1024);
        assertThat(this.sql.mentioning("spring_session").stream().filter(CartStatementCountTests::isRead))
                .hasSize(1);
    }

    @Test
    void anAddRunsStatementsTheServerPreparedBefore() {
        Visitor browser = Visitor.opened(this.port);
        String bottle = productId(browser, "insulated-bottle");
        // The connections these adds take prepare the statements of an add, once each.
        for (int i = 0; i < 3; i++) {
            add(browser, bottle, 1);
        }
        long executedBefore = serverCount("Com_stmt_execute");
        long preparedBefore = serverCount("Com_stmt_prepare");
        for (int i = 0; i < 10; i++) {
            add(browser, bottle, 1);
        }
        long executed = serverCount("Com_stmt_execute") - executedBefore;
        long prepared = serverCount("Com_stmt_prepare") - preparedBefore;
        // Server-side prepared statements (spring.datasource.hikari.data-source-properties): an
        // add's reads and writes are executions of statements the server parsed before, where
        // the text protocol would make every one a query of its own to parse. A statement is
        // prepared again on a connection that hasn't run it yet, and for each statement timeout
        // (the driver writes the request's remaining seconds into the statement's text).
        assertThat(executed).isGreaterThanOrEqualTo(40);
        assertThat(prepared).isLessThanOrEqualTo(executed / 2);
    }

    /**
     * The statements on carts and products sent since {@code sql.clear()}, Hibernate's or not:
     * Spring Session's are apart, and so are those of jobs that may run meanwhile (the sign-in
     * throttle's and the event log's clean-ups).
     */
    private long cartStatements() {
        return this.sql.mentioning("").stream()
                .map((statement) -> statement.toLowerCase(Locale.ROOT))
                .filter((statement) -> statement.contains("cart") || statement.contains("product"))
                .filter((statement) -> !statement.contains("spring_session"))
                .count();
    }

    /** Lines of new products (slugs cart-count-1 to -count) in the cart made last. */
    private void addLinesToTheLatestCart(int count) {
        Long cartId = this.jdbc.queryForObject("select max(id) from cart", Long.class);
        Long categoryId = this.jdbc.queryForObject("select id from category where slug = 'kitchen'", Long.class);
        for (int i = 1; i <= count; i++) {
            this.jdbc.update("""
                    insert into product (slug, title, description, price, category_id, stock, featured, active,
                      created_at, updated_at, version)
                    values (?, ?, 'For counting statements.', 1.00, ?, 10, false, true, now(), now(), 0)""", "cart-count-" + i, "Cart Count " + i, categoryId);
            this.jdbc.update(
                    "insert into cart_line (cart_id, product_id, quantity, added_at) "
                            + "select ?, id, 1, now() from product where slug = ?",
                    cartId,
                    "cart-count-" + i);
        }
    }

    /** One of the server's own counters (SHOW GLOBAL STATUS), the same on MariaDB and MySQL. */
    private long serverCount(String name) {
        return this.jdbc.query("show global status like '" + name + "'", (rows) -> rows.next() ? rows.getLong(2) : 0L);
    }

    private static boolean isRead(String statement) {
        return statement.strip().toLowerCase(Locale.ROOT).startsWith("select");
    }

    private long statementsToRead(Visitor browser) {
        // The categories come from memory once read, for 60 s of wall time; another test (or a long
        // run) may just have made them due: a warm-up read keeps that out of the count.
        browser.documentName("cartWithCategories").executeAndVerify();
        Statistics statistics =
                this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        browser.documentName("cartWithCategories").executeAndVerify();
        return statistics.getPrepareStatementCount();
    }
}
