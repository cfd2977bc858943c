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
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL over SSE client for tests, as the SPA's would be: a POST of a document from
 * {@code graphql-test/} (with the fragments it spreads) with {@code Accept: text/event-stream}
 * and a {@link Visitor}'s cookies and XSRF header, read event by event on a thread of its own.
 * {@link #next} waits for the next {@code next} or {@code complete} event; heartbeat comments
 * are counted.
 */
public final class EventStream implements AutoCloseable {

    /** How long a test waits for an event that should come. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private static final JsonMapper json = new JsonMapper();

    private static final FragmentFiles documents = new FragmentFiles();

    private static final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final TypeReference<Map<String, Object>> RESULT = new TypeReference<>() {};

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private final AtomicInteger comments = new AtomicInteger();

    private final HttpResponse<InputStream> response;

    private final String body;

    /** One event of the stream: {@code next} with its result, or {@code complete}. */
    public record Event(String name, Map<String, Object> result) {

        public boolean isComplete() {
            return "complete".equals(this.name);
        }

        /** The value at a dotted path of the result's {@code data}, e.g. {@code "cartChanged.totalQuantity"}. */
        public @Nullable Object at(String path) {
            Object current = this.result.get("data");
            for (String key : path.split("\\.")) {
                if (!(current instanceof Map<?, ?> object)) {
                    return null;
                }
                current = object.get(key);
            }
            return current;
        }

        /** The value at a dotted path of the result's {@code data} as the type, or null where it is null. */
        public <T> @Nullable T entity(String path, Class<T> type) {
            return json.convertValue(at(path), type);
        }

        public boolean hasData() {
            return this.result.containsKey("data");
        }

        public boolean hasErrors() {
            return this.result.containsKey("errors");
        }

        /** The result's errors, none when it has none. */
        public List<ErrorData> errors() {
            ErrorData[] errors = json.convertValue(this.result.get("errors"), ErrorData[].class);
            return (errors != null) ? List.of(errors) : List.of();
        }

        public @Nullable String errorCode() {
            return errorExtension("code");
        }

        public @Nullable String errorClassification() {
            return errorExtension("classification");
        }

        /** The whole result as JSON, for what it may say nowhere (or must say somewhere). */
        public String text() {
            return json.writeValueAsString(this.result);
        }

        private @Nullable String errorExtension(String name) {
            List<ErrorData> errors = errors();
            Map<String, Object> extensions =
                    errors.isEmpty() ? null : errors.get(0).extensions();
            return (extensions != null && extensions.get(name) instanceof String value) ? value : null;
        }
    }

    /** A GraphQL error as an event carries it; its path and locations are not read. */
    public record ErrorData(String message, @Nullable Map<String, Object> extensions) {}

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

    /** Subscribes to the document {@code graphql-test/<name>.graphql} as the tab: its cookies, XSRF header and session header. */
    public static EventStream open(Visitor visitor, String documentName, Map<String, Object> variables) {
        return open(visitor.port(), visitor.headers(), documentName, variables);
    }

    public static EventStream open(Visitor visitor, String documentName) {
        return open(visitor, documentName, Map.of());
    }

    /** Subscribes to the document {@code graphql-test/<name>.graphql} with exactly these headers (and Accept and Content-Type). */
    public static EventStream open(
            int port, Map<String, String> headers, String documentName, Map<String, Object> variables) {
        return openDocument(port, headers, documents.getDocument(documentName).block(), variables);
    }

    /** Subscribes as the tab to a document written in the test, for the few whose text is what is tested. */
    public static EventStream openDocument(Visitor visitor, String document) {
        return openDocument(visitor.port(), visitor.headers(), document, Map.of());
    }

    private static EventStream openDocument(
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

    /** The body of a response that was no stream (a refusal), as sent. */
    public String body() {
        return this.body;
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
                    this.events.add(new Event(name, text.isEmpty() ? Map.of() : json.readValue(text, RESULT)));
                    name = null;
                    data.setLength(0);
                }
            }
        } catch (IOException ex) {
            // The stream was closed.
        }
    }
}
