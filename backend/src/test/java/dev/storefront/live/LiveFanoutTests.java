package dev.storefront.live;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.storefront.Answers.UserError;
import dev.storefront.EventStream;
import dev.storefront.StorefrontApplication;
import dev.storefront.TestDatabase;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances of the shop on one database, fanning live updates out through Redis (the one on
 * 127.0.0.1:6379, reached through a proxy the test can cut): a change through one instance
 * reaches the other's subscribers and makes it forget the answers it keeps; with Redis gone, each instance still serves its own
 * subscribers and the API keeps working; once Redis is back, streams end so that clients
 * resubscribe and catch up, and events cross again.
 */
class LiveFanoutTests {

    static final String REDIS_HOST = "127.0.0.1";

    static final int REDIS_PORT = 6379;

    static final String DATABASE = "fanout";

    static TcpProxy redis;

    static ConfigurableApplicationContext a;

    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstancesOnOneDatabaseAndRedis() throws IOException {
        assumeTrue(
                answers(REDIS_HOST, REDIS_PORT),
                "No Redis on " + REDIS_HOST + ":" + REDIS_PORT
                        + ": the two-instance live updates test is skipped (start one: redis-server --daemonize yes"
                        + " --bind 127.0.0.1 -::1 --port 6379 --save \"\" --appendonly no; .ci/run does)");
        List<String> database = TestDatabase.freshDatabaseBeside(DATABASE).orElse(null);
        assumeTrue(database != null, "The two-instance test needs a database server (TEST_DB_URL or 127.0.0.1:3306)");
        redis = new TcpProxy(REDIS_HOST, REDIS_PORT);
        // Its own channel: other runs on the same Redis hear nothing of this one.
        String channel = "storefront:live:test:" + UUID.randomUUID();
        List<String> arguments = new ArrayList<>(database);
        arguments.addAll(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.jmx.enabled=false",
                "--storefront.live.fanout=redis",
                "--storefront.live.redis.url=redis://127.0.0.1:" + redis.port(),
                "--storefront.live.redis.channel=" + channel,
                "--storefront.live.redis.timeout=1s",
                "--storefront.live.redis.reconnect-delay=300ms",
                // Answers kept far longer than a test runs: only the fan-out can make them forgotten.
                "--storefront.graphql.response-cache-ttl=10m",
                "--storefront.catalog.count-cache-ttl=10m"));
        a = start(arguments);
        b = start(arguments);
    }

    @AfterAll
    static void stop() throws IOException {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (redis != null) {
            redis.close();
        }
        if (a != null) {
            TestDatabase.dropDatabaseBeside(DATABASE);
        }
    }

    @Test
    void aChangeThroughOneInstanceReachesASubscriberOnTheOther() {
        String id = productId(a, "summit-tent");
        try (EventStream onB = follow(b, id)) {
            assertThat(onB.next().at("productChanged.price.amount")).isEqualTo("500.00");
            update(a, id, Map.of("price", "450.00"));
            assertThat(onB.next().at("productChanged.price.amount")).isEqualTo("450.00");
            update(b, id, Map.of("price", "500.00"));
        }
    }

    @Test
    void aChangeThroughOneInstanceIsForgottenByTheOthersKeptAnswers() throws InterruptedException {
        String id = productId(a, "chefs-knife");
        // A tab that loaded the page holds its XSRF cookie: the answer sets none, so it can be kept.
        // The first read parses the document, the second's answer is kept, the third's comes from memory.
        Visitor shopper = Visitor.opened(port(b));
        price(shopper, "chefs-knife");
        String before = price(shopper, "chefs-knife");
        double hits = responseCacheHits(b);
        assertThat(price(shopper, "chefs-knife")).isEqualTo(before);
        assertThat(responseCacheHits(b)).as("B answers from memory").isGreaterThan(hits);
        update(a, id, Map.of("price", "42.50"));
        try {
            String seen = before;
            for (int i = 0; i < 100 && seen.equals(before); i++) {
                Thread.sleep(100);
                seen = price(shopper, "chefs-knife");
            }
            assertThat(seen).as("B's answer after A's change").isEqualTo("42.50");
        } finally {
            update(a, id, Map.of("price", before));
        }
    }

    @Test
    void aSessionsCartChangedOnOneInstanceReachesItsStreamOnTheOther() {
        Visitor visitor = Visitors.anonymous(port(a));
        String knife = productId(a, "chefs-knife");
        Visitors.addToCart(visitor, knife, 1);
        try (EventStream onB = EventStream.open(visitor.newTab(port(b)), "cartChangedQuantity")) {
            assertThat(onB.next().at("cartChanged.totalQuantity")).isEqualTo(1);
            Visitors.addToCart(visitor, knife, 2);
            // The first add's event may cross through Redis after B's stream opened, and B then
            // sends the cart again as it is (still 1): a repeat of what it shows, never a wrong
            // state. What must come, within two events, is the second add.
            Object quantity = onB.next().at("cartChanged.totalQuantity");
            if (Integer.valueOf(1).equals(quantity)) {
                quantity = onB.next().at("cartChanged.totalQuantity");
            }
            assertThat(quantity).isEqualTo(3);
        }
    }

    @Test
    void withRedisGoneEachInstanceServesItsOwnSubscribersAndCatchesUpOnceItIsBack() throws IOException {
        String id = productId(a, "igo-travel-radio");
        EventStream onA = follow(a, id);
        EventStream onB = follow(b, id);
        try {
            int stock = onA.next().entity("productChanged.stock", Integer.class);
            onB.next();
            redis.cut();

            update(a, id, Map.of("stock", stock + 1));
            assertThat(onA.next().at("productChanged.stock"))
                    .as("A's own subscriber")
                    .isEqualTo(stock + 1);
            update(b, id, Map.of("stock", stock + 2));
            assertThat(onB.next().at("productChanged.stock"))
                    .as("B's own subscriber")
                    .isEqualTo(stock + 2);
            assertThat(onB.poll(Duration.ofSeconds(1)))
                    .as("A's change could not cross")
                    .isNull();
            assertThat(failures(a)).as("Redis failures are counted").isPositive();

            redis.restore();
            // Events were missed meanwhile: each instance ends its streams, so clients subscribe again.
            assertThat(nextComplete(onA)).isTrue();
            assertThat(nextComplete(onB)).isTrue();
            onB.close();
            onB = follow(b, id);
            assertThat(onB.next().at("productChanged.stock"))
                    .as("the current state first")
                    .isEqualTo(stock + 2);
            update(a, id, Map.of("stock", stock));
            assertThat(onB.next(Duration.ofSeconds(15)).at("productChanged.stock"))
                    .as("A's change crosses again")
                    .isEqualTo(stock);
        } finally {
            onA.close();
            onB.close();
        }
    }

    /** The stream's next event is its end (after any it had still). */
    private static boolean nextComplete(EventStream stream) {
        for (int i = 0; i < 5; i++) {
            EventStream.Event event = stream.next(Duration.ofSeconds(15));
            if (event.isComplete()) {
                return true;
            }
        }
        return false;
    }

    private static String price(Visitor shopper, String slug) {
        return shopper.documentName("productBySlug")
                .variable("slug", slug)
                .execute()
                .path("product.price.amount")
                .entity(String.class)
                .get();
    }

    private static double responseCacheHits(ConfigurableApplicationContext instance) {
        return instance
                .getBean(MeterRegistry.class)
                .find("cache.gets")
                .tag("cache", "graphql-responses")
                .tag("result", "hit")
                .functionCounters()
                .stream()
                .mapToDouble((counter) -> counter.count())
                .sum();
    }

    private static double failures(ConfigurableApplicationContext instance) {
        return instance.getBean(MeterRegistry.class).find("storefront.live.fanout.failures").counters().stream()
                .mapToDouble((counter) -> counter.count())
                .sum();
    }

    private static EventStream follow(ConfigurableApplicationContext instance, String id) {
        return EventStream.open(new Visitor(port(instance)), "productChanged", Map.of("ids", List.of(id)));
    }

    private static void update(ConfigurableApplicationContext instance, String id, Map<String, Object> input) {
        List<UserError> errors = Visitors.admin(port(instance))
                .documentName("updateProduct")
                .variable("id", id)
                .variable("input", input)
                .execute()
                .path("updateProduct.userErrors")
                .entityList(UserError.class)
                .get();
        assertThat(errors).as("the API works").isEmpty();
    }

    private static String productId(ConfigurableApplicationContext instance, String slug) {
        return Visitors.productId(new Visitor(port(instance)), slug);
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext start(List<String> arguments) {
        return new SpringApplicationBuilder(StorefrontApplication.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException ex) {
            return false;
        }
    }
}
