package dev.storefront.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.storefront.Browser;
import dev.storefront.EventStream;
import dev.storefront.StorefrontTest;
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

    static final String CART_CHANGED = "subscription { cartChanged { id totalQuantity } }";

    static final String ADD = "mutation Add($id: ID!) { addToCart(productId: $id, quantity: 1) { cart { id } } }";

    @LocalServerPort
    int port;

    private static void addSomething(Browser browser) {
        Object id = Browser.at(browser.graphql("{ product(slug: \"chefs-knife\") { id } }"), "product.id");
        browser.graphql(ADD, Map.of("id", id));
    }

    @Test
    void aSubscriptionOverGetIsRefused() {
        EventStream stream = EventStream.send(this.port, "GET", Map.of(), null);
        assertThat(stream.status()).isEqualTo(405);
        assertThat(stream.header("Allow")).isEqualTo("POST");
        assertThat(stream.refusal().toString()).contains("BAD_REQUEST");
    }

    @Test
    void aSubscriptionThatDoesNotAcceptAnEventStreamIsRefusedWithACode() {
        Browser browser = new Browser(this.port).open();
        Map<String, Object> response = browser.graphql(CART_CHANGED);
        assertThat(browser.lastStatus()).isEqualTo(406);
        assertThat(response.toString()).contains("EVENT_STREAM_REQUIRED", "text/event-stream");
    }

    @Test
    void aSubscriptionFromAnotherOriginIsRefused() {
        for (Map<String, String> foreign : List.of(
                Map.of("Origin", "https://evil.example"),
                Map.of("Origin", "null"),
                Map.of("Sec-Fetch-Site", "cross-site"))) {
            EventStream stream = EventStream.open(this.port, foreign, CART_CHANGED, Map.of());
            assertThat(stream.status()).as(foreign.toString()).isEqualTo(403);
            assertThat(stream.refusal().toString()).contains("FORBIDDEN", "CROSS_ORIGIN");
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
        Browser browser = new Browser(this.port).open();
        addSomething(browser);
        assertThat(browser.cookie("SESSION")).isNotNull();
        EventStream forged = EventStream.open(this.port, browser.withoutCsrfHeader(), CART_CHANGED);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.refusal().toString()).contains("FORBIDDEN", "X-XSRF-TOKEN");
        try (EventStream own = EventStream.open(this.port, browser.withCsrfHeader(), CART_CHANGED)) {
            assertThat(own.status()).isEqualTo(200);
            assertThat(own.next().at("cartChanged.totalQuantity")).isEqualTo(1);
        }
    }

    @Test
    void aMalformedRequestIsRefusedWithItsStatusAndAQueryIsAnsweredInOneEvent() {
        EventStream notJson = EventStream.send(this.port, "POST", Map.of(), "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        try (EventStream query = EventStream.open(this.port, Map.of(), "{ categories { slug } }", Map.of())) {
            EventStream.Event answer = query.next();
            assertThat(answer.name()).isEqualTo("next");
            assertThat(answer.at("categories")).asList().isNotEmpty();
            assertThat(query.next().isComplete()).isTrue();
        }
        try (EventStream invalid = EventStream.open(this.port, Map.of(), "subscription { noSuchField }", Map.of())) {
            assertThat(invalid.status())
                    .as("a validation error is an event, not a status")
                    .isEqualTo(200);
            assertThat(invalid.next().result().toString()).contains("noSuchField");
            assertThat(invalid.next().isComplete()).isTrue();
        }
        try (EventStream both = EventStream.open(
                this.port,
                Map.of(),
                "subscription { cartChanged { id } productChanged(ids: [\"1\"]) { id } }",
                Map.of())) {
            assertThat(both.next().errorClassification())
                    .as("one subscription per stream")
                    .isEqualTo("ValidationError");
            assertThat(both.next().isComplete()).isTrue();
        }
    }

    @Test
    void aSessionHoldsAtMostTheLimitOfStreams() {
        Browser browser = new Browser(this.port).open();
        addSomething(browser);
        List<EventStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                EventStream stream = EventStream.open(this.port, browser, CART_CHANGED);
                assertThat(stream.next().at("cartChanged.totalQuantity")).isEqualTo(1);
                open.add(stream);
            }
            try (EventStream refused = EventStream.open(this.port, browser, CART_CHANGED)) {
                EventStream.Event error = refused.next();
                assertThat(error.errorClassification()).isEqualTo("BAD_REQUEST");
                assertThat(error.errorCode()).isEqualTo("TOO_MANY_SUBSCRIPTIONS");
                assertThat(error.result().toString()).contains("storefront.live.max-subscriptions-per-session");
                assertThat(refused.next().isComplete()).isTrue();
            }
            try (EventStream otherSession = EventStream.open(this.port, new Browser(this.port).open(), CART_CHANGED)) {
                assertThat(otherSession.next().result())
                        .as("another session is not limited by this one's streams")
                        .doesNotContainKey("errors");
            }
        } finally {
            open.forEach(EventStream::close);
        }
    }
}
