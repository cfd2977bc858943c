package dev.storefront.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.storefront.EventStream;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streams' own rules, with small settings so they show quickly: the heartbeat, the maximum
 * lifetime, the per-client limit (a closed stream frees its place), the depth and cost limits of
 * subscription documents, and that the request deadline bounds only a subscription's start.
 */
@StorefrontTest
@TestPropertySource(
        properties = {
            "storefront.live.heartbeat=200ms",
            "storefront.live.max-lifetime=3s",
            "storefront.live.max-subscriptions-per-client=3",
            "storefront.graphql.request-timeout=1s",
            "storefront.graphql.max-depth=4",
            "storefront.graphql.max-cost=40"
        })
class LiveLimitsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LiveSubscriptions subscriptions;

    /** Closed streams are noticed at their next writes: each test starts with none open, as the limit counts. */
    @AfterEach
    void awaitStreamsGoneAndRemoveTestProducts() throws InterruptedException {
        for (int i = 0; i < 50 && this.subscriptions.openCount() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(this.subscriptions.openCount()).isZero();
        // Archived through the API first, so the search index (which SQL bypasses) forgets it for shoppers.
        Visitor admin = Visitors.admin(this.port);
        for (Long id : this.jdbc.queryForList("select id from product where slug like 'live-test-%'", Long.class)) {
            admin.documentName("deleteProduct")
                    .variable("id", id.toString())
                    .execute()
                    .path("deleteProduct.deletedProductId")
                    .entity(String.class)
                    .isEqualTo(id.toString());
        }
        this.jdbc.update("delete from product where slug like 'live-test-%'");
    }

    @Test
    void anIdleStreamGetsHeartbeatsAndEndsAfterItsLifetime() {
        try (EventStream stream = follow()) {
            assertThat(stream.next().at("productChanged.id")).isNotNull();
            EventStream.Event end = stream.next(Duration.ofSeconds(6));
            assertThat(end.isComplete()).as("max-lifetime ends the stream").isTrue();
            assertThat(stream.comments()).as("a heartbeat every 200 ms for 3 s").isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void theRequestDeadlineBoundsOnlyTheStart() throws InterruptedException {
        Visitor admin = Visitors.admin(this.port);
        String id = admin.documentName("createProduct")
                .variable(
                        "input",
                        Map.of(
                                "title",
                                "Live Test Doohickey",
                                "description",
                                "For tests.",
                                "price",
                                "5",
                                "stock",
                                3,
                                "categorySlug",
                                "kitchen",
                                "tags",
                                List.of("timer")))
                .execute()
                .path("createProduct.product.id")
                .entity(String.class)
                .get();
        try (EventStream stream = follow(id)) {
            assertThat(stream.next().at("productChanged.tags")).isNotNull();
            Thread.sleep(1500);
            admin.documentName("updateProduct")
                    .variable("id", id)
                    .variable("input", Map.of("stock", 9))
                    .execute()
                    .path("updateProduct.product.stock")
                    .entity(Integer.class)
                    .isEqualTo(9);
            EventStream.Event changed = stream.next();
            assertThat(changed.hasErrors())
                    .as("no field timed out after the request's 1 s: %s", changed)
                    .isFalse();
            assertThat(changed.at("productChanged.tags")).isNotNull();
            assertThat(changed.at("productChanged.category.slug")).isNotNull();
        }
    }

    @Test
    void aClientHoldsAtMostTheLimitOfStreamsAndAClosedOneFreesItsPlace() throws InterruptedException {
        List<EventStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                open.add(follow());
            }
            try (EventStream refused = follow()) {
                EventStream.Event error = refused.next();
                assertThat(error.errorCode()).isEqualTo("TOO_MANY_SUBSCRIPTIONS_FROM_CLIENT");
                assertThat(error.errorClassification()).isEqualTo("BAD_REQUEST");
                assertThat(refused.next().isComplete()).isTrue();
            }
            open.remove(0).close();
            // The server notices a client gone at the stream's next write: its next heartbeat.
            EventStream again = null;
            for (int attempt = 0; attempt < 20 && again == null; attempt++) {
                Thread.sleep(200);
                EventStream candidate = follow();
                if (candidate.next().errorCode() == null) {
                    again = candidate;
                } else {
                    candidate.close();
                }
            }
            assertThat(again).as("a place freed within a few heartbeats").isNotNull();
            open.add(again);
        } finally {
            open.forEach(EventStream::close);
        }
    }

    @Test
    void theDepthAndCostLimitsApplyToSubscriptions() {
        try (EventStream deep = EventStream.openDocument(
                new Visitor(this.port), "subscription { cartChanged { lines { product { category { slug } } } } }")) {
            EventStream.Event refused = deep.next();
            assertThat(refused.errorClassification()).isEqualTo("BAD_REQUEST");
            assertThat(refused.text()).contains("storefront.graphql.max-depth");
            assertThat(deep.next().isComplete()).isTrue();
        }
        String fields = java.util.stream.IntStream.range(0, 50)
                .mapToObj((i) -> "f" + i + ": title")
                .collect(java.util.stream.Collectors.joining(" "));
        try (EventStream expensive = EventStream.openDocument(
                new Visitor(this.port), "subscription { productChanged(ids: [\"1\"]) { " + fields + " } }")) {
            EventStream.Event refused = expensive.next();
            assertThat(refused.errorClassification()).isEqualTo("BAD_REQUEST");
            assertThat(refused.text()).contains("storefront.graphql.max-cost");
            assertThat(expensive.next().isComplete()).isTrue();
        }
    }

    private EventStream follow() {
        return follow(knife());
    }

    private EventStream follow(String id) {
        return EventStream.open(new Visitor(this.port), "productChangedTags", Map.of("ids", List.of(id)));
    }

    private String knife() {
        return Visitors.productId(new Visitor(this.port), "chefs-knife");
    }
}
