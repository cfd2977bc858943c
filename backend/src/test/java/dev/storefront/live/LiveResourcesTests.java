package dev.storefront.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.storefront.FragmentFiles;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 idle subscriptions on one instance (half following carts of 50 sessions, half following
 * products) hold no database connection, no thread each, and a bounded amount of heap: the
 * figure is logged, and bench/README.md says how it was measured. The clients are raw sockets
 * that send their request and never read, so the measurement is the server's.
 */
@StorefrontTest
// A heartbeat a second: closed streams are noticed (at their next write) within the test's patience.
@TestPropertySource(properties = {"storefront.live.max-subscriptions-per-client=600", "storefront.live.heartbeat=1s"})
class LiveResourcesTests {

    private static final Logger log = LoggerFactory.getLogger(LiveResourcesTests.class);

    static final int STREAMS = 500;

    static final int SESSIONS = 50;

    /**
     * The most heap one idle stream may take: measured at about 95 KB on Java 25 with the
     * production flags (bench/README.md), somewhat more on 17 without compact object headers.
     */
    static final long MAX_BYTES_PER_STREAM = 160 * 1024;

    static final JsonMapper json = new JsonMapper();

    static final FragmentFiles documents = new FragmentFiles();

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    LiveSubscriptions subscriptions;

    @Test
    void fiveHundredIdleStreamsHoldNoConnectionNoThreadEachAndLittleHeap() throws Exception {
        String knife = Visitors.productId(new Visitor(this.port), "chefs-knife");
        List<Map<String, String>> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            Visitor visitor = Visitors.anonymous(this.port);
            assertThat(Visitors.addToCart(visitor, knife, 1)).isEqualTo(1);
            assertThat(visitor.cookie("SESSION")).isNotNull();
            sessions.add(visitor.headers());
        }
        // Warm: the first streams load classes and fill caches that are no stream's own.
        closeAll(open(knife, sessions, 20));
        awaitOpen(0);

        long threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long heapBefore = heapAfterGc();
        List<Socket> streams = open(knife, sessions, STREAMS);
        try {
            awaitOpen(STREAMS);
            Thread.sleep(500);
            assertThat(this.dataSource
                            .unwrap(HikariDataSource.class)
                            .getHikariPoolMXBean()
                            .getActiveConnections())
                    .as("idle streams hold no database connection")
                    .isZero();
            long perStream = (heapAfterGc() - heapBefore) / STREAMS;
            long threads = ManagementFactory.getThreadMXBean().getThreadCount() - threadsBefore;
            log.info(
                    "{} idle live streams: {} bytes of heap each, {} more threads in all", STREAMS, perStream, threads);
            assertThat(threads).as("no thread per stream").isLessThan(STREAMS / 10);
            assertThat(perStream).as("heap per idle stream").isLessThan(MAX_BYTES_PER_STREAM);
        } finally {
            closeAll(streams);
        }
    }

    /** Half follow carts (each session at most its limit), half a product; the carts' with their session's headers. */
    private List<Socket> open(String productId, List<Map<String, String>> sessions, int count) throws IOException {
        String cartChanged = documents.getDocument("cartChangedQuantity").block();
        String productChanged = documents.getDocument("productChangedStock").block();
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean cart = i % 2 == 0;
            String body = json.writeValueAsString(Map.of(
                    "query",
                    cart ? cartChanged : productChanged,
                    "variables",
                    cart ? Map.of() : Map.of("ids", List.of(productId))));
            StringBuilder headers = new StringBuilder();
            if (cart) {
                sessions.get((i / 2) % sessions.size())
                        .forEach((name, value) ->
                                headers.append("\r\n").append(name).append(": ").append(value));
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            Socket socket = new Socket("localhost", this.port);
            OutputStream out = socket.getOutputStream();
            String head = "POST /graphql HTTP/1.1\r\nHost: localhost:" + this.port
                    + "\r\nAccept: text/event-stream\r\nContent-Type: application/json\r\nContent-Length: "
                    + bytes.length + headers + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            sockets.add(socket);
            expectOk(socket.getInputStream());
        }
        return sockets;
    }

    /** Reads the status line only; the rest stays in the socket's buffers, as with a client that is away. */
    private static void expectOk(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            line.append((char) b);
        }
        if (!line.toString().startsWith("HTTP/1.1 200")) {
            byte[] rest = in.readNBytes(in.available());
            throw new AssertionError("Not a stream: " + line + new String(rest, StandardCharsets.UTF_8));
        }
    }

    private void awaitOpen(int count) throws InterruptedException {
        for (int i = 0; i < 100 && this.subscriptions.openCount() != count; i++) {
            Thread.sleep(100);
        }
        assertThat(this.subscriptions.openCount()).isEqualTo(count);
    }

    private static void closeAll(List<Socket> sockets) throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
