package dev.storefront.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.storefront.EventStream;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL endpoint's event streams (GraphQL over SSE, distinct connections): what a
 * subscription's request must be (POST, the shop's own origin, the XSRF header with the session
 * cookie), how refusals look, and the per-session limit.
 */
@StorefrontTest
class GraphQlOverSseTests {

    static final String CART_CHANGED = "cartChangedQuantity";

    @LocalServerPort
    int port;

    private static void addSomething(Visitor visitor) {
        assertThat(Visitors.addToCart(visitor, Visitors.productId(visitor, "chefs-knife"), 1))
                .isEqualTo(1);
    }

    @Test
    void aSubscriptionOverGetIsRefused() {
        EventStream stream = EventStream.send(this.port, "GET", Map.of(), null);
        assertThat(stream.status()).isEqualTo(405);
        assertThat(stream.header("Allow")).isEqualTo("POST");
        assertThat(stream.body()).contains("BAD_REQUEST");
    }

    @Test
    void aSubscriptionThatDoesNotAcceptAnEventStreamIsRefusedWithACode() {
        Visitors.anonymous(this.port)
                .post(CART_CHANGED)
                .expectStatus()
                .isEqualTo(406)
                .expectBody(String.class)
                .value((body) -> assertThat(body).contains("EVENT_STREAM_REQUIRED", "text/event-stream"));
    }

    @Test
    void aSubscriptionFromAnotherOriginIsRefused() {
        for (Map<String, String> foreign : List.of(
                Map.of("Origin", "https://evil.example"),
                Map.of("Origin", "null"),
                Map.of("Sec-Fetch-Site", "cross-site"))) {
            EventStream stream = EventStream.open(this.port, foreign, CART_CHANGED, Map.of());
            assertThat(stream.status()).as(foreign.toString()).isEqualTo(403);
            assertThat(stream.body()).contains("FORBIDDEN", "CROSS_ORIGIN");
        }
        try (EventStream own = EventStream.open(
                this.port,
                Map.of("Origin", "http://localhost:" + this.port, "Sec-Fetch-Site", "same-origin"),
                CART_CHANGED,
                Map.of())) {
            assertThat(own.status()).isEqualTo(200);
        }
    }

    @Test
    void aStreamThatCarriesTheSessionCookieNeedsTheXsrfHeader() {
        Visitor visitor = Visitors.anonymous(this.port);
        addSomething(visitor);
        assertThat(visitor.cookie("SESSION")).isNotNull();
        EventStream forged = EventStream.open(visitor.withoutCsrfHeader(), CART_CHANGED);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("FORBIDDEN", "X-XSRF-TOKEN");
        try (EventStream own = EventStream.open(visitor.withCsrfHeader(), CART_CHANGED)) {
            assertThat(own.status()).isEqualTo(200);
            assertThat(own.next().at("cartChanged.totalQuantity")).isEqualTo(1);
        }
    }

    @Test
    void aMalformedRequestIsRefusedWithItsStatusAndAQueryIsAnsweredInOneEvent() {
        EventStream notJson = EventStream.send(this.port, "POST", Map.of(), "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        try (EventStream query = EventStream.open(new Visitor(this.port), "categories")) {
            EventStream.Event answer = query.next();
            assertThat(answer.name()).isEqualTo("next");
            assertThat(answer.entity("categories", CategoryData[].class)).isNotEmpty();
            assertThat(query.next().isComplete()).isTrue();
        }
        try (EventStream invalid = EventStream.openDocument(new Visitor(this.port), "subscription { noSuchField }")) {
            assertThat(invalid.status())
                    .as("a validation error is an event, not a status")
                    .isEqualTo(200);
            assertThat(invalid.next().text()).contains("noSuchField");
            assertThat(invalid.next().isComplete()).isTrue();
        }
        try (EventStream both = EventStream.openDocument(
                new Visitor(this.port), "subscription { cartChanged { id } productChanged(ids: [\"1\"]) { id } }")) {
            assertThat(both.next().errorClassification())
                    .as("one subscription per stream")
                    .isEqualTo("ValidationError");
            assertThat(both.next().isComplete()).isTrue();
        }
    }

    @Test
    void aSessionHoldsAtMostTheLimitOfStreams() {
        Visitor visitor = Visitors.anonymous(this.port);
        addSomething(visitor);
        List<EventStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                EventStream stream = EventStream.open(visitor, CART_CHANGED);
                assertThat(stream.next().at("cartChanged.totalQuantity")).isEqualTo(1);
                open.add(stream);
            }
            try (EventStream refused = EventStream.open(visitor, CART_CHANGED)) {
                EventStream.Event error = refused.next();
                assertThat(error.errorClassification()).isEqualTo("BAD_REQUEST");
                assertThat(error.errorCode()).isEqualTo("TOO_MANY_SUBSCRIPTIONS");
                assertThat(error.text()).contains("storefront.live.max-subscriptions-per-session");
                assertThat(refused.next().isComplete()).isTrue();
            }
            try (EventStream otherSession = EventStream.open(Visitors.anonymous(this.port), CART_CHANGED)) {
                assertThat(otherSession.next().hasErrors())
                        .as("another session is not limited by this one's streams")
                        .isFalse();
            }
        } finally {
            open.forEach(EventStream::close);
        }
    }

    /** {@code Category} as {@code categories.graphql} selects it. */
    record CategoryData(String slug, String name, @Nullable String description, int productCount) {}
}
