package dev.storefront.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.storefront.EventStream;
import dev.storefront.ScratchMariaDb;
import dev.storefront.StorefrontApplication;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import dev.storefront.catalog.ProductsChanged;
import dev.storefront.live.LiveEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * When the database goes away, the shop answers at once, in seconds, with a GraphQL error
 * classified UNAVAILABLE (503 when nothing of the request could run), health says DOWN, and the
 * shop recovers by itself when the database is back. Against a MariaDB server this test starts
 * for itself, kills and starts again; the application runs with its own configuration.
 */
class DatabaseOutageTests {

    /** The failure mode of a hanging request: the client gives up, and the assertion fails. */
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);

    static final String PRODUCTS = "{\"query\": \"{ products(first: 2) { nodes { slug } } }\"}";

    static final String ME = "{\"query\": \"{ me { email } }\"}";

    static final JsonMapper json = new JsonMapper();

    static ScratchMariaDb database;

    static ConfigurableApplicationContext app;

    static int port;

    static int managementPort;

    final HttpClient client =
            HttpClient.newBuilder().connectTimeout(CLIENT_TIMEOUT).build();

    @BeforeAll
    static void startTheShopOnItsOwnDatabase() throws Exception {
        assumeTrue(
                ScratchMariaDb.serverBinary().isPresent(),
                "No mariadbd binary on this machine (apt-get install mariadb-server): the database outage test is skipped");
        database = ScratchMariaDb.install(Path.of("target", "outage-mariadb"));
        database.start();
        database.createDatabase("storefront_outage");
        // As command-line arguments, so they win over application.yaml as a deployment's settings do.
        app = new SpringApplicationBuilder(StorefrontApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=" + database.url("storefront_outage"),
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        "--spring.jmx.enabled=false",
                        "--storefront.live.heartbeat=300ms");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        managementPort = app.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.kill();
        }
    }

    @Test
    void aDeadDatabaseIsAFastClassifiedErrorAndTheShopRecoversWhenItReturns() throws Exception {
        Visitor shopper = Visitors.shopper(port, "outage@example.com");
        String session = "SESSION=" + shopper.cookie("SESSION") + "; XSRF-TOKEN=" + shopper.cookie("XSRF-TOKEN");
        assertThat(shopper.cookie("SESSION")).isNotNull();
        assertThat(post(PRODUCTS, null).statusCode()).isEqualTo(200);

        database.kill();

        // Nothing waits for Hikari's 30 s or Tomcat's 120 s: each call returns within the client's timeout.
        HttpResponse<String> anonymous = post(PRODUCTS, null);
        assertThat(anonymous.statusCode()).as("GraphQL ran; its field failed").isEqualTo(200);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/graphql-response+json");
        assertUnavailable(anonymous.body());

        // Aliases don't multiply the wait: after the first field found the database gone, the rest fail at once.
        String aliases = IntStream.range(0, 12)
                .mapToObj((i) -> "p" + i + ": products(first: 1, after: null) { nodes { slug } }")
                .collect(Collectors.joining(" "));
        HttpResponse<String> flood = post(json.writeValueAsString(Map.of("query", "{ " + aliases + " }")), null);
        assertThat(flood.statusCode()).isEqualTo(200);
        assertUnavailable(flood.body());

        HttpResponse<String> signedIn = post(ME, session);
        assertThat(signedIn.statusCode())
                .as("the session could not even be read")
                .isEqualTo(503);
        assertThat(signedIn.headers().firstValue("Retry-After")).isPresent();
        assertThat(signedIn.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/graphql-response+json");
        assertUnavailable(signedIn.body());

        HttpResponse<String> health = health();
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"DOWN\"");

        database.start();

        HttpResponse<String> recovered = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            recovered = post(PRODUCTS, null);
            if (recovered.statusCode() == 200 && !recovered.body().contains("errors")) {
                break;
            }
            Thread.sleep(1000);
        }
        assertThat(recovered.body()).contains("\"nodes\"").doesNotContain("errors");
        assertThat(post(ME, session).body())
                .as("the session survived the outage")
                .contains("outage@example.com");
        assertThat(health().statusCode()).isEqualTo(200);
    }

    @Test
    void liveStreamsOutliveADeadDatabaseAndOneThatMustReadSaysUnavailable() throws Exception {
        String knife = Visitors.productId(new Visitor(port), "chefs-knife");
        String tent = Visitors.productId(new Visitor(port), "summit-tent");
        Visitor shopper = Visitors.anonymous(port);
        assertThat(Visitors.addToCart(shopper, knife, 1)).isEqualTo(1);
        assertThat(shopper.cookie("SESSION")).isNotNull();
        try (EventStream idle = follow(tent);
                EventStream reading = follow(knife)) {
            idle.next();
            reading.next();

            database.kill();
            try {
                int beats = idle.comments();
                Thread.sleep(1000);
                assertThat(idle.comments())
                        .as("an idle stream needs no database: its heartbeats go on")
                        .isGreaterThan(beats);

                // An event from another instance, say: the stream must read the product, and can't.
                app.getBean(LiveEvents.class)
                        .publish(ProductsChanged.TOPIC, new ProductsChanged(List.of(Long.valueOf(knife)), List.of()));
                EventStream.Event unavailable = reading.next(CLIENT_TIMEOUT);
                assertUnavailable(unavailable.text());
                assertThat(reading.next().isComplete())
                        .as("its client subscribes again, later")
                        .isTrue();
                assertThat(idle.poll(java.time.Duration.ofMillis(300)))
                        .as("the other stream wasn't concerned")
                        .isNull();

                try (EventStream refused = follow(knife)) {
                    assertUnavailable(refused.next(CLIENT_TIMEOUT).text());
                    assertThat(refused.next().isComplete()).isTrue();
                }
                // With a session, not even the session can be read: refused before any stream starts.
                EventStream cart = EventStream.open(shopper, "cartChangedQuantity");
                assertThat(cart.status()).isEqualTo(503);
                assertThat(cart.header("Retry-After")).isNotNull();
                assertUnavailable(cart.body());
            } finally {
                database.start();
            }
            EventStream.Event back = null;
            for (int attempt = 0; attempt < 30 && back == null; attempt++) {
                try (EventStream again = follow(knife)) {
                    EventStream.Event first = again.next(CLIENT_TIMEOUT);
                    if (first.hasData()) {
                        back = first;
                    }
                }
                Thread.sleep(1000);
            }
            assertThat(back).as("streams work again once the database is back").isNotNull();
            assertThat(back.at("productChanged.id")).isEqualTo(knife);
        }
    }

    /** A stream of no session, following a product. */
    private static EventStream follow(String productId) {
        return EventStream.open(new Visitor(port), "productChangedStock", Map.of("ids", List.of(productId)));
    }

    private static void assertUnavailable(String body) {
        ErrorsBody response = json.readValue(body, ErrorsBody.class);
        assertThat(response.errors()).isNotEmpty().allSatisfy((error) -> {
            assertThat(error.extensions()).isEqualTo(Map.of("classification", "UNAVAILABLE"));
            assertThat(error.message()).doesNotContain("Exception", "SQL", "jdbc", "Hikari");
        });
    }

    /** Posts as anonymous, or as a browser tab with the given cookies (sending the XSRF token along). */
    private HttpResponse<String> post(String body, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .timeout(CLIENT_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookies != null) {
            request.header("Cookie", cookies).header("X-XSRF-TOKEN", cookies.replaceFirst(".*XSRF-TOKEN=", ""));
        }
        return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GraphQL response's errors, read from the raw body. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorsBody(List<ErrorBody> errors) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorBody(String message, Map<String, Object> extensions) {}

    /** The actuator's health, on the management port (loopback only). */
    private HttpResponse<String> health() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/health"))
                .timeout(CLIENT_TIMEOUT)
                .GET()
                .build();
        return this.client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
