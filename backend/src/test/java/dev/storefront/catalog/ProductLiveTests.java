package dev.storefront.catalog;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.storefront.Answers.Money;
import dev.storefront.Answers.UserError;
import dev.storefront.EventStream;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import dev.storefront.catalog.CatalogAdminTests.CategoryData;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code productChanged} over GraphQL over SSE: products now, then every committed change, as the
 * subscriber may see them; nothing of products off sale for shoppers but that they went; nothing
 * for a rolled-back change; its limits refused with codes. Products made here have slugs starting
 * with {@code live-test-} and are removed afterwards.
 */
@StorefrontTest
class ProductLiveTests {

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
        Visitor admin = Visitors.admin(this.port);
        for (Long id : this.jdbc.queryForList("select id from product where slug like 'live-test-%'", Long.class)) {
            delete(admin, id.toString());
        }
        this.jdbc.update("delete from product where slug like 'live-test-%'");
    }

    @Test
    void aShopperIsSentTheProductNowAndThenAnAdminsPriceChange() {
        String id = create("Live Test Gizmo", true);
        try (EventStream stream = follow(Visitors.anonymous(this.port), id)) {
            LiveProductData now = product(stream.next());
            assertThat(now.title()).isEqualTo("Live Test Gizmo");
            assertThat(now.price().amount()).isEqualTo("24.50");
            update(id, Map.of("price", "19.99"));
            LiveProductData changed = product(stream.next());
            assertThat(changed.id()).isEqualTo(id);
            assertThat(changed.price().amount()).isEqualTo("19.99");
        }
    }

    @Test
    void aProductTakenOffSaleIsSentAsUnavailableWithNothingElseOfIt() {
        String id = create("Live Test Secret Gizmo", true);
        try (EventStream stream = follow(Visitors.anonymous(this.port), id)) {
            assertThat(product(stream.next()).active()).isTrue();
            delete(Visitors.admin(this.port), id);
            EventStream.Event gone = stream.next();
            assertThat(gone.hasErrors()).as("%s", gone).isFalse();
            assertThat(product(gone))
                    .isEqualTo(new LiveProductData(
                            id, "", "", "", Money.of("0.00"), 0, false, false, null, null, List.of()));
        }
    }

    @Test
    void aProductOffSaleIsNeverShownToAShopperButIsToAnAdmin() {
        String hidden = create("Live Test Hidden Gizmo", false);
        String shown = create("Live Test Shown Gizmo", true);
        try (EventStream shopper = follow(Visitors.anonymous(this.port), hidden, shown);
                EventStream admin = follow(Visitors.admin(this.port), hidden)) {
            assertThat(product(shopper.next()).id())
                    .as("only the product on sale")
                    .isEqualTo(shown);
            assertThat(product(admin.next()).title()).isEqualTo("Live Test Hidden Gizmo");

            update(hidden, Map.of("price", "1.00", "title", "Live Test Hidden Gizmo Renamed"));
            assertThat(product(admin.next()).title()).isEqualTo("Live Test Hidden Gizmo Renamed");
            update(shown, Map.of("stock", 3));
            EventStream.Event next = shopper.next();
            assertThat(product(next).id())
                    .as("the hidden product's change was never sent")
                    .isEqualTo(shown);
            assertThat(product(next).stock()).isEqualTo(3);
            assertThat(next.text()).doesNotContain("Hidden");
        }
    }

    @Test
    void aRolledBackChangeIsNeverSent() {
        String id = create("Live Test Gadget", true);
        try (EventStream stream = follow(Visitors.anonymous(this.port), id)) {
            stream.next();
            this.transactions.executeWithoutResult((status) -> {
                Product product = this.entityManager.find(Product.class, Long.valueOf(id));
                product.setPrice(new BigDecimal("1.00"));
                // Written (Hibernate hears it), then rolled back.
                this.entityManager.flush();
                status.setRollbackOnly();
            });
            update(id, Map.of("stock", 2));
            LiveProductData next = product(stream.next());
            assertThat(next.stock()).isEqualTo(2);
            assertThat(next.price().amount()).isEqualTo("24.50");
            assertThat(stream.poll(Duration.ofMillis(500)))
                    .as("one event: the committed change")
                    .isNull();
        }
    }

    @Test
    void stockTakenByAnOrderIsSent() {
        String id = create("Live Test Widget", true);
        try (EventStream stream = follow(Visitors.anonymous(this.port), id)) {
            assertThat(product(stream.next()).stock()).isEqualTo(7);
            // What checkout does in the order's transaction.
            this.transactions.executeWithoutResult((status) -> {
                this.inventory.lockForSale(List.of(Long.valueOf(id)));
                this.inventory.take(Map.of(Long.valueOf(id), 7));
            });
            LiveProductData soldOut = product(stream.next());
            assertThat(soldOut.stock()).isEqualTo(0);
            assertThat(soldOut.inStock()).isFalse();
            assertThat(soldOut.active()).isTrue();
        }
    }

    @Test
    void forgedIdsAreFollowedHarmlesslyAndSendNothing() {
        try (EventStream stream = follow(Visitors.anonymous(this.port), "not-a-number", "-1", "99999999999", "")) {
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
        try (EventStream stream = follow(Visitors.anonymous(this.port), ids)) {
            EventStream.Event refused = stream.next();
            assertThat(refused.errorClassification()).isEqualTo("BAD_REQUEST");
            assertThat(refused.errorCode()).isEqualTo("TOO_MANY_IDS");
            assertThat(refused.errors().toString()).contains("storefront.live.max-product-ids");
            assertThat(stream.next().isComplete()).isTrue();
        }
        try (EventStream none = follow(Visitors.anonymous(this.port))) {
            assertThat(none.next().errorClassification()).isEqualTo("BAD_REQUEST");
            assertThat(none.next().isComplete()).isTrue();
        }
    }

    @Test
    void anAliasFloodIsRefusedBeforeItRuns() {
        String aliases =
                IntStream.range(0, 2_000).mapToObj((i) -> "a" + i + ": title").collect(Collectors.joining(" "));
        try (EventStream stream = EventStream.openDocument(
                Visitors.anonymous(this.port), "subscription { productChanged(ids: [\"1\"]) { " + aliases + " } }")) {
            EventStream.Event refused = stream.next();
            // As for any other document: 6,000 tokens, and the parser stops at storefront.graphql.max-tokens.
            assertThat(refused.errorClassification()).isEqualTo("InvalidSyntax");
            assertThat(refused.text()).contains("tokens");
            assertThat(refused.hasData()).isFalse();
            assertThat(stream.next().isComplete()).isTrue();
        }
    }

    private EventStream follow(Visitor visitor, String... ids) {
        return follow(visitor, List.of(ids));
    }

    private EventStream follow(Visitor visitor, List<String> ids) {
        return EventStream.open(visitor, "productChanged", Map.of("ids", ids));
    }

    private static LiveProductData product(EventStream.Event event) {
        LiveProductData product = event.entity("productChanged", LiveProductData.class);
        assertThat(product).as("an event with a product: %s", event).isNotNull();
        return product;
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
        GraphQlTester.Response created = Visitors.admin(this.port)
                .documentName("createProduct")
                .variable("input", input)
                .execute();
        created.path("createProduct.userErrors").entityList(UserError.class).hasSize(0);
        return created.path("createProduct.product.id").entity(String.class).get();
    }

    private void update(String id, Map<String, Object> changes) {
        Visitors.admin(this.port)
                .documentName("updateProduct")
                .variable("id", id)
                .variable("input", changes)
                .execute()
                .path("updateProduct.userErrors")
                .entityList(UserError.class)
                .hasSize(0);
    }

    private static void delete(Visitor admin, String id) {
        admin.documentName("deleteProduct")
                .variable("id", id)
                .execute()
                .path("deleteProduct.deletedProductId")
                .entity(String.class)
                .isEqualTo(id);
    }

    /** {@code Product} as {@code productChanged.graphql} selects it. */
    record LiveProductData(
            String id,
            String slug,
            String title,
            String description,
            Money price,
            int stock,
            boolean inStock,
            boolean active,
            @Nullable String imageUrl,
            @Nullable CategoryData category,
            List<String> tags) {}
}
