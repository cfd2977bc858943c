package dev.storefront.shared;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * GraphQL over Server-Sent Events in the specification's "distinct connections" mode: a POST
 * with {@code Accept: text/event-stream} and the usual JSON body answers with a stream of
 * {@code next} events (each an execution result) ended by a {@code complete} event. A
 * subscription streams until it ends, the client leaves, or {@code storefront.live.max-lifetime}
 * passes; a query or mutation sends its one result. A comment line every
 * {@code storefront.live.heartbeat} keeps proxies from cutting an idle stream, and the first one
 * goes out at once, from the request's thread, so a client knows the stream is open. Errors before execution (validation,
 * limits) arrive as a {@code next} event too, as the specification asks, never as a 4xx that a
 * browser's stream reader can't read; only a malformed request is refused with an HTTP status.
 * The request's deadline ({@code storefront.graphql.request-timeout}) bounds the start of a
 * subscription, not the stream.
 */
final class GraphQlEventStreams {

    private static final Logger log = LoggerFactory.getLogger(GraphQlEventStreams.class);

    /** A heartbeat tick in the stream of events: written as a comment line. */
    private static final Object HEARTBEAT = new Object();

    /** Beyond the stream's own lifetime, before the servlet container's async timeout cuts it. */
    private static final Duration TIMEOUT_MARGIN = Duration.ofSeconds(30);

    private final WebGraphQlHandler handler;

    private final GraphQlHttpRequests requests;

    private final LiveProperties live;

    GraphQlEventStreams(WebGraphQlHandler handler, GraphQlHttpRequests requests, LiveProperties live) {
        this.handler = handler;
        this.requests = requests;
        this.live = live;
    }

    /** @throws HttpRefusal for a request that is no event stream request at all */
    ServerResponse handle(ServerRequest request) {
        if (!HttpMethod.POST.equals(request.method())) {
            throw HttpRefusal.methodNotAllowed(
                    "Subscriptions (and event streams) are POST requests with Accept: text/event-stream",
                    HttpMethod.POST);
        }
        if (CorsUtils.isCorsRequest(request.servletRequest()) || isCrossSite(request)) {
            throw HttpRefusal.of(
                            HttpStatus.FORBIDDEN,
                            ErrorType.FORBIDDEN,
                            "Subscriptions are served to the shop's own pages only; this request came from another origin")
                    .withCode("CROSS_ORIGIN");
        }
        Map<String, Object> parameters = this.requests.fromBody(request);
        Mono<WebGraphQlResponse> response =
                this.handler.handleRequest(GraphQlHttpEndpoint.graphQlRequest(request, parameters));
        keepProxiesFromBuffering();
        Flux<Object> events = response.flatMapMany(GraphQlEventStreams::results)
                .mergeWith(Flux.interval(this.live.heartbeat(), Schedulers.boundedElastic())
                        .map((tick) -> HEARTBEAT))
                .take(this.live.maxLifetime())
                .onErrorResume((ex) -> Flux.just(lastWords(ex)))
                // Writes block on a slow client: never on the threads that tick or deliver events.
                .publishOn(Schedulers.boundedElastic());
        return ServerResponse.sse(
                (sse) -> {
                    EventWriter writer = new EventWriter(sse);
                    if (writer.open()) {
                        events.subscribe(writer);
                    }
                },
                this.live.maxLifetime().plus(this.live.heartbeat()).plus(TIMEOUT_MARGIN));
    }

    /** The stream ends with the results: a subscription's events, or a query's one result. */
    private static Flux<Object> results(WebGraphQlResponse response) {
        if (response.getData() instanceof Publisher<?> publisher) {
            @SuppressWarnings("unchecked")
            Publisher<ExecutionResult> results = (Publisher<ExecutionResult>) publisher;
            return Flux.from(results)
                    .<Object>map(ExecutionResult::toSpecification)
                    .concatWith(Flux.just(Complete.INSTANCE));
        }
        return Flux.just(response.toMap(), Complete.INSTANCE);
    }

    /** What a stream that failed says last, before it completes. */
    private static Object lastWords(Throwable ex) {
        if (ex instanceof SubscriptionPublisherException failed) {
            return new Failure(failed.toMap());
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure in an event stream (reference {})", reference, ex);
        return new Failure(ExecutionResult.newExecutionResult()
                .addError(GraphqlErrorBuilder.newError()
                        .errorType(ErrorType.INTERNAL_ERROR)
                        .message("Internal error; reference " + reference)
                        .build())
                .build()
                .toSpecification());
    }

    /** Browsers mark requests from other sites; a script can't forge the header. */
    private static boolean isCrossSite(ServerRequest request) {
        return "cross-site".equalsIgnoreCase(request.headers().firstHeader("Sec-Fetch-Site"));
    }

    /** nginx and others buffer responses unless told; a buffered stream arrives all at once, at its end. */
    private static void keepProxiesFromBuffering() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            attributes.getResponse().setHeader("X-Accel-Buffering", "no");
        }
    }

    /** The end of a stream's results: the writer sends {@code complete}. */
    private enum Complete {
        INSTANCE
    }

    /** A stream's last result, after a failure. */
    private record Failure(Map<String, Object> result) {}

    /**
     * Writes the stream's items as they come, one at a time; stops the stream when the client
     * has gone (a write fails), the container gives up on it, or it completes.
     */
    private static final class EventWriter extends BaseSubscriber<Object> {

        private final ServerResponse.SseBuilder sse;

        EventWriter(ServerResponse.SseBuilder sse) {
            this.sse = sse;
            sse.onTimeout(this::stop);
            sse.onError((ex) -> stop());
            sse.onComplete(this::dispose);
        }

        /**
         * Commits the response with a first comment, on the request's own thread: its filters
         * (security headers, the session) finish their work on the response as the request
         * returns, and must not meet an event being written from another thread while they do.
         * Also tells the client at once that the stream is open. False when the client is gone.
         */
        boolean open() {
            try {
                this.sse.comment("");
                this.sse.send();
                return true;
            } catch (IOException ex) {
                this.sse.error(ex);
                return false;
            }
        }

        @Override
        protected synchronized void hookOnNext(Object item) {
            try {
                if (item == HEARTBEAT) {
                    this.sse.comment("");
                    this.sse.send();
                } else if (item == Complete.INSTANCE) {
                    complete();
                } else if (item instanceof Failure failure) {
                    next(failure.result());
                    complete();
                } else {
                    next(item);
                }
            } catch (IOException ex) {
                // The client has gone: nothing more can reach it.
                dispose();
                this.sse.error(ex);
            }
        }

        private void next(Object result) throws IOException {
            this.sse.event("next");
            this.sse.data(result);
        }

        private void complete() throws IOException {
            dispose();
            this.sse.event("complete");
            this.sse.data("");
            this.sse.complete();
        }

        @Override
        protected synchronized void hookOnComplete() {
            // take(max-lifetime) ended the stream: the client subscribes again.
            try {
                complete();
            } catch (IOException ex) {
                this.sse.error(ex);
            }
        }

        private synchronized void stop() {
            dispose();
            this.sse.complete();
        }
    }
}
