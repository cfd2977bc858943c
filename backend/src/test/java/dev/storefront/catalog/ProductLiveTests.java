package dev.storefront.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.storefront.Browser;
import dev.storefront.EventStream;
import dev.storefront.StorefrontTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.storefront.Browser.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code productChanged} over GraphQL over SSE: products now, then every committed change, as the
 * subscriber may see them; nothing of products off sale for shoppers but that they went; nothing
 * for a rolled-back change; its limits refused with codes. Products made here have slugs starting
 * with {@code live-test-} and are removed afterwards.
 */
@StorefrontTest
class ProductLiveTests {

    static final String PRODUCT_FIELDS =
            "id slug title description price { amount } stock inStock active imageUrl " + "category { slug } tags";

    static final String PRODUCT_CHANGED =
            "subscription Follow($ids: [ID!]!) { productChanged(ids: $ids) { " + PRODUCT_FIELDS + " } }";

    static final String CREATE = """
            mutation Create($input: ProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }""";

    static final String UPDATE = """
            mutation Update($id: ID!, $input: ProductUpdateInput!) {
              updateProduct(id: $id, input: $input) { product { id } userErrors { code } }
            }""";

    static final String DELETE = "mutation Delete($id: ID!) { deleteProduct(id: $id) { deletedProductId } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    Inventory inventory;

    /** Archived through the API first, so the search index (which SQL bypasses) forgets them for shoppers. */
    @AfterEach
    void removeTestProducts() {
        Browser admin = admin();
        for (Long id : this.jdbc.queryForList("select id from product where slug like 'live-test-%'", Long.class)) {
            admin.graphql(DELETE, Map.of("id", id.toString()));
        }
        this.jdbc.update("delete from product where slug like 'live-test-%'");
    }

    @Test
    void aShopperIsSentTheProductNowAndThenAnAdminsPriceChange() {
        String id = create("Live Test Gizmo", true);
        try (EventStream stream = follow(new Browser(this.port).open(), id)) {
            EventStream.Event now = stream.next();
            assertThat(now.at("productChanged.title")).isEqualTo("Live Test Gizmo");
            assertThat(now.at("productChanged.price.amount")).isEqualTo("24.50");
            update(id, Map.of("price", "19.99"));
            EventStream.Event changed = stream.next();
            assertThat(changed.at("productChanged.id")).isEqualTo(id);
            assertThat(changed.at("productChanged.price.amount")).isEqualTo("19.99");
        }
    }

    @Test
    void aProductTakenOffSaleIsSentAsUnavailableWithNothingElseOfIt() {
        String id = create("Live Test Secret Gizmo", true);
        try (EventStream stream = follow(new Browser(this.port).open(), id)) {
            assertThat(stream.next().at("productChanged.active")).isEqualTo(true);
            admin().graphql(DELETE, Map.of("id", id));
            EventStream.Event gone = stream.next();
            assertThat(gone.result()).doesNotContainKey("errors");
            Map<String, Object> unavailable = new java.util.HashMap<>(Map.of(
                    "id",
                    id,
                    "slug",
                    "",
                    "title",
                    "",
                    "description",
                    "",
                    "price",
                    Map.of("amount", "0.00"),
                    "stock",
                    0,
                    "inStock",
                    false,
                    "active",
                    false,
                    "tags",
                    List.of()));
            unavailable.put("imageUrl", null);
            unavailable.put("category", null);
            assertThat(gone.at("productChanged")).isEqualTo(unavailable);
        }
    }

    @Test
    void aProductOffSaleIsNeverShownToAShopperButIsToAnAdmin() {
        String hidden = create("Live Test Hidden Gizmo", false);
        String shown = create("Live Test Shown Gizmo", true);
        try (EventStream shopper = follow(new Browser(this.port).open(), hidden, shown);
                EventStream admin = follow(admin(), hidden)) {
            assertThat(shopper.next().at("productChanged.id"))
                    .as("only the product on sale")
                    .isEqualTo(shown);
            assertThat(admin.next().at("productChanged.title")).isEqualTo("Live Test Hidden Gizmo");

            update(hidden, Map.of("price", "1.00", "title", "Live Test Hidden Gizmo Renamed"));
            assertThat(admin.next().at("productChanged.title")).isEqualTo("Live Test Hidden Gizmo Renamed");
            update(shown, Map.of("stock", 3));
            EventStream.Event next = shopper.next();
            assertThat(next.at("productChanged.id"))
                    .as("the hidden product's change was never sent")
                    .isEqualTo(shown);
            assertThat(next.at("productChanged.stock")).isEqualTo(3);
            assertThat(next.result().toString()).doesNotContain("Hidden");
        }
    }

    @Test
    void aRolledBackChangeIsNeverSent() {
        String id = create("Live Test Gadget", true);
        try (EventStream stream = follow(new Browser(this.port).open(), id)) {
            stream.next();
            this.transactions.executeWithoutResult((status) -> {
                Product product = this.entityManager.find(Product.class, Long.valueOf(id));
                product.setPrice(new java.math.BigDecimal("1.00"));
                // Written (Hibernate hears it), then rolled back.
                this.entityManager.flush();
                status.setRollbackOnly();
            });
            update(id, Map.of("stock", 2));
            EventStream.Event next = stream.next();
            assertThat(next.at("productChanged.stock")).isEqualTo(2);
            assertThat(next.at("productChanged.price.amount")).isEqualTo("24.50");
            assertThat(stream.poll(Duration.ofMillis(500)))
                    .as("one event: the committed change")
                    .isNull();
        }
    }

    @Test
    void stockTakenByAnOrderIsSent() {
        String id = create("Live Test Widget", true);
        try (EventStream stream = follow(new Browser(this.port).open(), id)) {
            assertThat(stream.next().at("productChanged.stock")).isEqualTo(7);
            // What checkout does in the order's transaction.
            this.transactions.executeWithoutResult((status) -> {
                this.inventory.lockForSale(List.of(Long.valueOf(id)));
                this.inventory.take(Map.of(Long.valueOf(id), 7));
            });
            EventStream.Event soldOut = stream.next();
            assertThat(soldOut.at("productChanged.stock")).isEqualTo(0);
            assertThat(soldOut.at("productChanged.inStock")).isEqualTo(false);
            assertThat(soldOut.at("productChanged.active")).isEqualTo(true);
        }
    }

    @Test
    void forgedIdsAreFollowedHarmlesslyAndSendNothing() {
        try (EventStream stream = follow(new Browser(this.port).open(), "not-a-number", "-1", "99999999999", "")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.poll(Duration.ofMillis(500))).isNull();
            assertThat(stream.comments())
                    .as("the stream is open: its first heartbeat came at once")
                    .isPositive();
        }
    }

    @Test
    void moreIdsThanTheLimitAreRefusedWithACode() {
        List<String> ids =
                IntStream.rangeClosed(1, 10_000).mapToObj(Integer::toString).toList();
        try (EventStream stream = follow(new Browser(this.port).open(), ids)) {
            EventStream.Event refused = stream.next();
            assertThat(refused.errorClassification()).isEqualTo("BAD_REQUEST");
            assertThat(refused.errorCode()).isEqualTo("TOO_MANY_IDS");
            assertThat(refused.result().get("errors").toString()).contains("storefront.live.max-product-ids");
            assertThat(stream.next().isComplete()).isTrue();
        }
        try (EventStream none = follow(new Browser(this.port).open())) {
            assertThat(none.next().errorClassification()).isEqualTo("BAD_REQUEST");
            assertThat(none.next().isComplete()).isTrue();
        }
    }

    @Test
    void anAliasFloodIsRefusedBeforeItRuns() {
        String aliases =
                IntStream.range(0, 2_000).mapToObj((i) -> "a" + i + ": title").collect(Collectors.joining(" "));
        try (EventStream stream = EventStream.open(
                this.port,
                new Browser(this.port).open(),
                "subscription { productChanged(ids: [\"1\"]) { " + aliases + " } }")) {
            EventStream.Event refused = stream.next();
            // As for any other document: 6,000 tokens, and the parser stops at storefront.graphql.max-tokens.
            assertThat(refused.errorClassification()).isEqualTo("InvalidSyntax");
            assertThat(refused.result().toString()).contains("tokens");
            assertThat(refused.result()).doesNotContainKey("data");
            assertThat(stream.next().isComplete()).isTrue();
        }
    }

    private EventStream follow(Browser browser, String... ids) {
        return follow(browser, List.of(ids));
    }

    private EventStream follow(Browser browser, List<String> ids) {
        return EventStream.open(this.port, browser, PRODUCT_CHANGED, Map.of("ids", ids));
    }

    private String create(String title, boolean active) {
        Map<String, Object> input = Map.of(
                "title",
                title,
                "description",
                "Made for live tests.",
                "price",
                "24.5",
                "stock",
                7,
                "categorySlug",
                "kitchen",
                "tags",
                List.of("desk"),
                "active",
                active);
        Map<String, Object> created = admin().graphql(CREATE, Map.of("input", input));
        assertThat(at(created, "createProduct.userErrors")).isEqualTo(List.of());
        return (String) at(created, "createProduct.product.id");
    }

    private void update(String id, Map<String, Object> changes) {
        Map<String, Object> updated = admin().graphql(UPDATE, Map.of("id", id, "input", changes));
        assertThat(at(updated, "updateProduct.userErrors")).isEqualTo(List.of());
    }

    private Browser admin() {
        Browser browser = new Browser(this.port).open();
        browser.graphql(
                "mutation Login($input: LoginInput!) { login(input: $input) { customer { id } } }",
                Map.of("input", Map.of("email", "admin@storefront.test", "password", "demo-admin-password")));
        return browser;
    }
}
