package dev.storefront.order;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.storefront.Visitor;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders made behind the API's back, for tests of reading and managing them: written through
 * the entities as placing writes them, but without taking stock. Every order made here has an
 * idempotency key starting with {@code fixture-}; {@link #removeAll} deletes them (and their
 * lines). Written directly rather than through {@code placeOrder} so that a test can choose the
 * status, the owner and the time an order was placed (paging tests need ties on {@code placedAt}).
 */
final class OrderFixtures {

    private static final OrderNumbers NUMBERS = new OrderNumbers();

    static final ShippingAddress ADDRESS =
            new ShippingAddress("Ada Lovelace", "1 Analytical Way", null, "London", "N1 9GU", null, "GB");

    private final OrderRepository orders;

    private final TransactionTemplate transactions;

    private final JdbcTemplate jdbc;

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    private final EntityManagerFactory entityManagerFactory;

    /** The fixtures of a test's application context. */
    @SuppressWarnings("unchecked")
    static OrderFixtures of(ApplicationContext context) {
        return new OrderFixtures(
                context.getBean(OrderRepository.class),
                context.getBean(PlatformTransactionManager.class),
                context.getBean("testJdbc", JdbcTemplate.class),
                context.getBean(FindByIndexNameSessionRepository.class),
                context.getBean(EntityManagerFactory.class));
    }

    private OrderFixtures(
            OrderRepository orders,
            PlatformTransactionManager transactionManager,
            JdbcTemplate jdbc,
            FindByIndexNameSessionRepository<? extends Session> sessions,
            EntityManagerFactory entityManagerFactory) {
        this.orders = orders;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** An order placed at {@code placedAt} of the products (slug → quantity) at their current prices. */
    Placed place(@Nullable Long customerId, String email, Instant placedAt, Map<String, Integer> quantities) {
        return this.transactions.execute((status) -> {
            BigDecimal subtotal = BigDecimal.ZERO;
            List<Object[]> lines = new ArrayList<>();
            for (Map.Entry<String, Integer> entry : quantities.entrySet()) {
                Map<String, Object> product = this.jdbc.queryForMap(
                        "select id, title, slug, price from product where slug = ?", entry.getKey());
                lines.add(new Object[] {product, entry.getValue()});
                subtotal = subtotal.add(
                        ((BigDecimal) product.get("price")).multiply(BigDecimal.valueOf(entry.getValue())));
            }
            BigDecimal shipping = new BigDecimal("4.90");
            BigDecimal tax = BigDecimal.ZERO.setScale(2);
            OrderAmounts amounts = new OrderAmounts(
                    subtotal, shipping, tax, subtotal.add(shipping).add(tax), "EUR");
            String scope = (customerId != null) ? "customer:" + customerId : "cart:fixture";
            Order order = new Order(
                    newNumber(),
                    customerId,
                    scope,
                    "fixture-" + UUID.randomUUID(),
                    email,
                    ADDRESS,
                    amounts,
                    "bank-transfer",
                    placedAt);
            for (Object[] line : lines) {
                @SuppressWarnings("unchecked")
                Map<String, Object> product = (Map<String, Object>) line[0];
                order.addLine(
                        ((Number) product.get("id")).longValue(),
                        (String) product.get("title"),
                        (String) product.get("slug"),
                        (BigDecimal) product.get("price"),
                        (Integer) line[1]);
            }
            Order saved = this.orders.saveAndFlush(order);
            return new Placed(saved.getId(), saved.getNumber());
        });
    }

    Placed place(@Nullable Long customerId, String email, Instant placedAt) {
        return place(customerId, email, placedAt, Map.of("chefs-knife", 1, "summit-tent", 2));
    }

    /** Records in the browser's session that it placed these orders, as placing an order does. */
    void placedIn(Visitor browser, Collection<Long> orderIds) {
        String cookie = browser.cookie("SESSION");
        if (cookie == null) {
            throw new IllegalStateException("The browser has no session yet: write something first");
        }
        record(this.sessions, new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8), orderIds);
    }

    private static <S extends Session> void record(
            FindByIndexNameSessionRepository<S> sessions, String id, Collection<Long> orderIds) {
        S session = sessions.findById(id);
        session.setAttribute(OrderSession.PLACED, new ArrayList<>(orderIds));
        sessions.save(session);
    }

    /** SQL behind the API's back, committed at once. */
    JdbcTemplate jdbc() {
        return this.jdbc;
    }

    long customerId(String email) {
        return this.jdbc.queryForObject("select id from customer where email = ?", Long.class, email);
    }

    OrderStatus status(String number) {
        return OrderStatus.valueOf(
                this.jdbc.queryForObject("select status from customer_order where number = ?", String.class, number));
    }

    int stock(String slug) {
        return this.jdbc.queryForObject("select stock from product where slug = ?", Integer.class, slug);
    }

    /** A product of the given stock only tests use (slug {@code order-test-…}), in the kitchen category. */
    void product(String slug, int stock) {
        this.jdbc.update("""
                insert into product (slug, title, description, price, category_id, stock, featured, active,
                  created_at, updated_at, version)
                select ?, ?, 'For order tests.', 12.50, id, ?, false, true, now(), now(), 0
                from category where slug = 'kitchen'""", slug, "Order Test " + slug, stock);
    }

    /**
     * Deletes the orders and the test products. A product whose stock the application changed (a
     * cancellation) went into the search index: the index is then rebuilt without it, so the
     * hand-checked catalog other tests search is as they expect it.
     */
    void removeAll() {
        this.jdbc.update("delete from customer_order where idempotency_key like 'fixture-%'");
        Integer indexed = this.jdbc.queryForObject(
                "select count(*) from product where slug like 'order-test-%' and version > 0", Integer.class);
        this.jdbc.update("delete from product where slug like 'order-test-%'");
        if (indexed != null && indexed > 0) {
            try {
                Search.mapping(this.entityManagerFactory)
                        .scope(Object.class)
                        .massIndexer()
                        .purgeAllOnStart(true)
                        .startAndWait();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
    }

    /** A number as the shop makes them, which no order has yet. */
    static String newNumber() {
        return NUMBERS.next();
    }

    /** An order as made: its database id and its number. */
    record Placed(long id, String number) {}
}
