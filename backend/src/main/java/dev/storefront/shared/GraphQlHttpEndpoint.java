package dev.storefront.shared;

import java.util.Map;
import java.util.UUID;

import io.micrometer.observation.ObservationPredicate;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GraphQL endpoint, as the GraphQL over HTTP specification describes it: POST with a JSON
 * body, GET with URL parameters for queries, responses in the media type the {@code Accept}
 * header asks for, and every refusal (a malformed request, a wrong method, media type or size,
 * a database that can't be reached) a GraphQL response of errors with the status the
 * specification gives. It sits in front of Spring for GraphQL's own route and runs the same
 * handler chain. Subscriptions stream as server-sent events ({@link GraphQlEventStreams}): a POST
 * that accepts {@code text/event-stream}.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpEndpoint {

    private static final Logger log = LoggerFactory.getLogger(GraphQlHttpEndpoint.class);

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlHttpRoute(
            WebGraphQlHandler handler,
            JsonMapper json,
            GraphQlErrorResponses errors,
            GraphQlLimitsProperties limits,
            LiveProperties live,
            GraphQlResponseCache cache,
            @Value("${spring.graphql.http.path:/graphql}") String path) {
        GraphQlHttpRequests requests =
                new GraphQlHttpRequests(json, limits.maxRequestSize().toBytes());
        Handler endpoint =
                new Handler(handler, requests, errors, new GraphQlEventStreams(handler, requests, live), json, cache);
        return RouterFunctions.route(RequestPredicates.path(path), endpoint::handle);
    }

    /**
     * An event stream lasts up to {@code storefront.live.max-lifetime}: its time says nothing of
     * how fast the endpoint answers, and would swamp {@code http.server.requests}. Open streams are
     * counted by {@code storefront.live.subscriptions} instead.
     */
    @Bean
    ObservationPredicate eventStreamsAreNoRequestTimings() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && wantsEventStream(request.getCarrier().getHeader(HttpHeaders.ACCEPT)));
    }

    /** True when the client asks for server-sent events (a subscription, GraphQL over SSE). */
    private static boolean wantsEventStream(ServerRequest request) {
        return wantsEventStream(request.headers().firstHeader(HttpHeaders.ACCEPT));
    }

    private static boolean wantsEventStream(@Nullable String accept) {
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype);
        } catch (InvalidMediaTypeException ex) {
            return false;
        }
    }

    private record Handler(
            WebGraphQlHandler handler,
            GraphQlHttpRequests requests,
            GraphQlErrorResponses errors,
            GraphQlEventStreams eventStreams,
            JsonMapper json,
            GraphQlResponseCache cache) {

        ServerResponse handle(ServerRequest request) {
            MediaType mediaType =
                    GraphQlErrorResponses.negotiate(request.headers().firstHeader(HttpHeaders.ACCEPT));
            try {
                if (wantsEventStream(request)) {
                    return this.eventStreams.handle(request);
                }
                if (mediaType == null) {
                    throw HttpRefusal.notAcceptable();
                }
                Map<String, Object> parameters = parameters(request);
                GraphQlResponseCache.Key key = this.cache.keyFor(
                        request.servletRequest(), request.method().name(), mediaType, parameters);
                GraphQlResponseCache.Lookup lookup =
                        (key != null) ? this.cache.lookUp(key, asksForAFreshAnswer(request)) : null;
                if (lookup != null && lookup.answer() != null) {
                    return ServerResponse.ok().contentType(mediaType).build(OnePieceBodies.of(lookup.answer()));
                }
                return respond(mediaType, request, parameters, lookup);
            } catch (HttpRefusal refusal) {
                return this.errors.response(mediaType, refusal);
            } catch (RuntimeException ex) {
                return failure(mediaType, ex);
            }
        }

        private Map<String, Object> parameters(ServerRequest request) {
            HttpMethod method = request.method();
            if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
                return this.requests.fromUrl(request);
            }
            if (HttpMethod.POST.equals(method)) {
                return this.requests.fromBody(request);
            }
            throw HttpRefusal.methodNotAllowed(
                    "The GraphQL endpoint answers GET (queries) and POST", HttpMethod.GET, HttpMethod.POST);
        }

        /**
         * The answer, written as bytes whether or not it is kept, so that an answer from the cache
         * is the very answer computed (headers included).
         */
        private ServerResponse respond(
                MediaType mediaType,
                ServerRequest request,
                Map<String, Object> parameters,
                GraphQlResponseCache.@Nullable Lookup lookup) {
            Mono<WebGraphQlResponse> response;
            try {
                response = this.handler.handleRequest(graphQlRequest(request, parameters));
            } catch (RuntimeException ex) {
                if (lookup != null) {
                    this.cache.abandon(lookup);
                }
                throw ex;
            }
            return ServerResponse.async(response.map((result) -> {
                        if (result.getData() instanceof Publisher<?>) {
                            // Not subscribed to, so it holds nothing and reads nothing.
                            return this.errors.response(
                                    mediaType,
                                    HttpRefusal.of(
                                                    HttpStatus.NOT_ACCEPTABLE,
                                                    ErrorType.BAD_REQUEST,
                                                    "A subscription streams its events: send it with Accept: text/event-stream")
                                            .withCode("EVENT_STREAM_REQUIRED"));
                        }
                        // No data: the request failed before execution (syntax, validation, variables).
                        HttpStatus status = (!result.getExecutionResult().isDataPresent()
                                        && MediaTypes.APPLICATION_GRAPHQL_RESPONSE.equalsTypeAndSubtype(mediaType))
                                ? HttpStatus.BAD_REQUEST
                                : HttpStatus.OK;
                        byte[] body = this.json.writeValueAsBytes(result.toMap());
                        if (lookup != null) {
                            this.cache.keep(lookup, result, body);
                        }
                        return ServerResponse.status(status)
                                .headers((headers) -> headers.putAll(result.getResponseHeaders()))
                                .contentType(mediaType)
                                .build(OnePieceBodies.of(body));
                    })
                    .onErrorResume(RuntimeException.class, (ex) -> {
                        if (lookup != null) {
                            this.cache.abandon(lookup);
                        }
                        return Mono.just(failure(mediaType, ex));
                    })
                    .toFuture());
        }

        /** {@code Cache-Control: no-cache} (or the older {@code Pragma: no-cache}): compute, don't reuse. */
        private static boolean asksForAFreshAnswer(ServerRequest request) {
            return request.headers().header(HttpHeaders.CACHE_CONTROL).stream().anyMatch((v) -> v.contains("no-cache"))
                    || request.headers().header(HttpHeaders.PRAGMA).stream().anyMatch((v) -> v.contains("no-cache"));
        }

        /** A failure before execution: the database (e.g. reading the session) or a bug. */
        private ServerResponse failure(@Nullable MediaType mediaType, RuntimeException ex) {
            if (DatabaseUnavailable.causedBy(ex)) {
                // DatabaseUnavailableFilter answers, outside the session filter: an answer written here
                // would make the session filter try the database once more as the response commits.
                throw ex;
            }
            String reference = UUID.randomUUID().toString();
            log.error("Unexpected failure before a GraphQL request ran (reference {})", reference, ex);
            return this.errors.response(
                    mediaType,
                    HttpRefusal.of(
                            HttpStatus.INTERNAL_SERVER_ERROR,
                            ErrorType.INTERNAL_ERROR,
                            "Internal error; reference " + reference));
        }
    }

    static WebGraphQlRequest graphQlRequest(ServerRequest request, Map<String, Object> parameters) {
        return new WebGraphQlRequest(
                request.uri(),
                request.headers().asHttpHeaders(),
                cookies(request),
                request.remoteAddress().orElse(null),
                request.attributes(),
                parameters,
                UUID.randomUUID().toString(),
                request.servletRequest().getLocale());
    }

    private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
        MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
        request.cookies()
                .forEach((name, values) ->
                        values.forEach((cookie) -> cookies.add(name, new HttpCookie(name, cookie.getValue()))));
        return cookies;
    }
}
