package dev.storefront;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * A browser tab on the shop, for tests: an {@link HttpGraphQlTester} (documents from
 * {@code graphql-test/}, with the fragments they spread) whose requests carry the cookies the tab was given (the session, the
 * XSRF token) and, like the SPA, echo the XSRF token in a header unless told not to. Or, with
 * {@link #withSessionHeader()}, an integrator that carries the session in a header. Safe to use
 * from several threads at once, as tabs of one browser share its cookies.
 */
public final class Visitor {

    static final String XSRF_COOKIE = "XSRF-TOKEN";

    static final String XSRF_HEADER = "X-XSRF-TOKEN";

    static final String SESSION_HEADER = "X-Auth-Token";

    /**
     * Longer than WebTestClient's 5 s: concurrency tests queue dozens of requests on one row lock,
     * on two cores other builds share.
     */
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    private final int port;

    private final WebTestClient http;

    private final HttpGraphQlTester graphQl;

    private volatile boolean sendCsrfHeader = true;

    private volatile @Nullable String sessionHeader;

    public Visitor(int port) {
        this.port = port;
        String base = "http://localhost:" + port;
        this.http = client(base).build();
        this.graphQl = HttpGraphQlTester.builder(client(base + "/graphql"))
                .documentSource(new FragmentFiles())
                .build();
    }

    /** A client whose every exchange goes through {@link #likeATab}. */
    private WebTestClient.Builder client(String baseUrl) {
        return WebTestClient.bindToServer()
                .baseUrl(baseUrl)
                .responseTimeout(RESPONSE_TIMEOUT)
                .filter(this::likeATab);
    }

    /** A new tab that has loaded the shop's page, as a browser does first: it holds the XSRF-TOKEN cookie. */
    public static Visitor opened(int port) {
        return new Visitor(port).open();
    }

    /** Loads the shop's page, as a browser would first, to get the XSRF-TOKEN cookie. */
    public Visitor open() {
        this.http
                .get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectBody()
                .returnResult();
        return this;
    }

    /** A request of the document {@code graphql-test/<name>.graphql}, with the fragments it spreads ({@link FragmentFiles}). */
    public GraphQlTester.Request<?> documentName(String name) {
        return this.graphQl.documentName(name);
    }

    /** A request of a document written in the test, for the few whose text is what is tested. */
    public GraphQlTester.Request<?> document(String document) {
        return this.graphQl.document(document);
    }

    /**
     * Plain HTTP with this tab's cookies and headers, for what the tester can't send or read: a
     * refusal's status code (the tester expects 200), a body that is no GraphQL request.
     */
    public WebTestClient http() {
        return this.http;
    }

    /**
     * Posts the document {@code graphql-test/<name>.graphql} as plain HTTP with this tab's cookies
     * and headers, for a refusal whose status code is what is tested (the tester expects 200).
     */
    public WebTestClient.ResponseSpec post(String documentName) {
        String document;
        try {
            document = new ClassPathResource("graphql-test/" + documentName + ".graphql")
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this.http
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", document))
                .exchange();
    }

    /** Stops echoing the XSRF token, like a forged cross-site request would. */
    public Visitor withoutCsrfHeader() {
        this.sendCsrfHeader = false;
        return this;
    }

    /** Echoes the XSRF token again, as the SPA does. */
    public Visitor withCsrfHeader() {
        this.sendCsrfHeader = true;
        return this;
    }

    /** Carries the session in the X-Auth-Token header instead of a cookie; starts a new one. */
    public Visitor withSessionHeader() {
        this.sessionHeader = "new";
        return this;
    }

    public @Nullable String cookie(String name) {
        return this.cookies.get(name);
    }

    public void setCookie(String name, String value) {
        this.cookies.put(name, value);
    }

    public @Nullable String sessionHeader() {
        return this.sessionHeader;
    }

    /** The port of the shop this tab is open on. */
    public int port() {
        return this.port;
    }

    /**
     * The headers this tab's requests carry now: its cookies, the XSRF token echoed (unless told
     * not to), the session header, for a client other than its own (an event stream).
     */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!this.cookies.isEmpty()) {
            headers.put(
                    HttpHeaders.COOKIE,
                    this.cookies.entrySet().stream()
                            .map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        headers.putAll(headersBesideCookies());
        return headers;
    }

    /** Another tab of the same browser: the cookies it holds now, its own from then on. */
    public Visitor newTab(int port) {
        Visitor tab = new Visitor(port);
        tab.cookies.putAll(this.cookies);
        return tab;
    }

    private Mono<ClientResponse> likeATab(ClientRequest request, ExchangeFunction next) {
        ClientRequest.Builder sent = ClientRequest.from(request);
        sent.cookies((cookies) -> this.cookies.forEach(cookies::set));
        headersBesideCookies().forEach(sent::header);
        return next.exchange(sent.build()).doOnNext(this::keep);
    }

    private Map<String, String> headersBesideCookies() {
        Map<String, String> headers = new LinkedHashMap<>();
        String token = this.cookies.get(XSRF_COOKIE);
        if (this.sendCsrfHeader && token != null) {
            headers.put(XSRF_HEADER, token);
        }
        String session = this.sessionHeader;
        if (session != null) {
            headers.put(SESSION_HEADER, session);
        }
        return headers;
    }

    private void keep(ClientResponse response) {
        keepCookies(response.cookies());
        String token = response.headers().asHttpHeaders().getFirst(SESSION_HEADER);
        if (this.sessionHeader != null && token != null && !token.isEmpty()) {
            this.sessionHeader = token;
        }
    }

    // Every Set-Cookie in order, as a browser applies them: a response may clear a cookie and set
    // it anew (Spring Security's CSRF token rotation does).
    private void keepCookies(MultiValueMap<String, ResponseCookie> received) {
        received.forEach((name, cookies) -> cookies.forEach((cookie) -> {
            if (cookie.getValue().isEmpty() || cookie.getMaxAge().isZero()) {
                this.cookies.remove(name);
            } else {
                this.cookies.put(name, cookie.getValue());
            }
        }));
    }
}
