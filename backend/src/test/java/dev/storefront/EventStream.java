package dev.storefront;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL over SSE client for tests, as the SPA's would be: a POST with
 * {@code Accept: text/event-stream}, the browser's cookies and XSRF header, read event by event
 * on a thread of its own. {@link #next} waits for the next {@code next} or {@code complete}
 * event; heartbeat comments are counted.
 */
public final class EventStream implements AutoCloseable {

    /** How long a test waits for an event that should come. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private static final JsonMapper json = new JsonMapper();

    private static final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private final AtomicInteger comments = new AtomicInteger();

    private final HttpResponse<InputStream> response;

    private final String body;

    /** One event of the stream: {@code next} with its result, or {@code complete}. */
    public record Event(String name, Map<String, Object> result) {

        public boolean isComplete() {
            return "complete".equals(this.name);
        }

        /** The value at a dotted path of the result's {@code data}. */
        public @Nullable Object at(String path) {
            return Browser.at(this.result, path);
        }

        public @Nullable String errorCode() {
            return (String) errorExtension("code");
        }

        public @Nullable String errorClassification() {
            return (String) errorExtension("classification");
        }

        @SuppressWarnings("unchecked")
        private @Nullable Object errorExtension(String name) {
            List<Map<String, Object>> errors = (List<Map<String, Object>>) this.result.get("errors");
            if (errors == null || errors.isEmpty()) {
                return null;
            }
            Map<String, Object> extensions = (Map<String, Object>) errors.get(0).get("extensions");
            return (extensions != null) ? extensions.get(name) : null;
        }
    }

    private EventStream(HttpResponse<InputStream> response) throws IOException {
        this.response = response;
        if (response.statusCode() != 200) {
            this.body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
            return;
        }
        this.body = "";
        Thread reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Subscribes as the browser: its cookies, its XSRF header, its session header. */
    public static EventStream open(int port, Browser browser, String document, Map<String, Object> variables) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!browser.cookies().isEmpty()) {
            headers.put(
                    "Cookie",
                    browser.cookies().entrySet().stream()
                            .map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        if (browser.sendsCsrfHeader() && browser.cookie("XSRF-TOKEN") != null) {
            headers.put("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
        }
        if (browser.sessionHeader() != null) {
            headers.put("X-Auth-Token", browser.sessionHeader());
        }
        return open(port, headers, document, variables);
    }

    public static EventStream open(int port, Browser browser, String document) {
        return open(port, browser, document, Map.of());
    }

    /** Subscribes with exactly these headers (and Accept and Content-Type). */
    public static EventStream open(
            int port, Map<String, String> headers, String document, Map<String, Object> variables) {
        return send(port, "POST", headers, json.writeValueAsString(Map.of("query", document, "variables", variables)));
    }

    /** Any request to the endpoint that asks for an event stream. */
    public static EventStream send(int port, String method, Map<String, String> headers, @Nullable String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Accept", "text/event-stream")
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        request.method(
                method,
                (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
        try {
            return new EventStream(client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public int status() {
        return this.response.statusCode();
    }

    public @Nullable String header(String name) {
        return this.response.headers().firstValue(name).orElse(null);
    }

    /** The body of a response that was no stream (a refusal). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> refusal() {
        return json.readValue(this.body, Map.class);
    }

    /** The next event; fails the test when none comes in time. */
    public Event next() {
        return next(WAIT);
    }

    public Event next(Duration timeout) {
        Event event = poll(timeout);
        if (event == null) {
            throw new AssertionError("No event within " + timeout);
        }
        return event;
    }

    /** The next event, or null when none comes within the timeout. */
    public @Nullable Event poll(Duration timeout) {
        try {
            return this.events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** How many heartbeat comments arrived so far. */
    public int comments() {
        return this.comments.get();
    }

    @Override
    public void close() {
        try {
            this.response.body().close();
        } catch (IOException ex) {
            // Gone already.
        }
    }

    @SuppressWarnings("unchecked")
    private void read() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(this.response.body(), StandardCharsets.UTF_8))) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(":")) {
                    this.comments.incrementAndGet();
                } else if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring("data:".length()));
                } else if (line.isEmpty() && name != null) {
                    String text = data.toString().strip();
                    this.events.add(new Event(name, text.isEmpty() ? Map.of() : json.readValue(text, Map.class)));
                    name = null;
                    data.setLength(0);
                }
            }
        } catch (IOException ex) {
            // The stream was closed.
        }
    }
}
