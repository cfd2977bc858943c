package dev.storefront;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;

/**
 * A client that behaves like a browser tab on the shop: it keeps the cookies it is given
 * (the session, the XSRF token) and, like the SPA, echoes the XSRF token in a header unless told
 * not to. Or, with {@link #withSessionHeader()}, an integrator that carries the session in a header.
 */
public final class Browser {

    private final WebTestClient http;

    private final Map<String, String> cookies = new HashMap<>();

    private boolean sendCsrfHeader = true;

    private @Nullable String sessionHeader;

    private @Nullable EntityExchangeResult<Map> last;

    public Browser(int port) {
        this.http =
                WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    /** Stops echoing the XSRF token, like a forged cross-site request would. */
    public Browser withoutCsrfHeader() {
        this.sendCsrfHeader = false;
        return this;
    }

    /** Echoes the XSRF token again, as the SPA does. */
    public Browser withCsrfHeader() {
        this.sendCsrfHeader = true;
        return this;
    }

    /** Carries the session in the X-Auth-Token header instead of a cookie; starts a new one. */
    public Browser withSessionHeader() {
        this.sessionHeader = "new";
        return this;
    }

    public @Nullable String cookie(String name) {
        return this.cookies.get(name);
    }

    /** Every cookie this browser holds, as a {@code Cookie} request header would carry them. */
    public Map<String, String> cookies() {
        return Map.copyOf(this.cookies);
    }

    /** Whether this browser echoes the XSRF token in a header. */
    public boolean sendsCsrfHeader() {
        return this.sendCsrfHeader;
    }

    public void setCookie(String name, String value) {
        this.cookies.put(name, value);
    }

    public @Nullable String sessionHeader() {
        return this.sessionHeader;
    }

    public HttpHeaders lastResponseHeaders() {
        return this.last.getResponseHeaders();
    }

    public int lastStatus() {
        return this.last.getStatus().value();
    }

    /** Loads the shop's page, as a browser would first, to get the XSRF-TOKEN cookie. */
    public Browser open() {
        EntityExchangeResult<byte[]> page = this.http
                .get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectBody()
                .returnResult();
        keepCookies(page.getResponseCookies());
        return this;
    }

    /** Posts a GraphQL operation and returns the whole response body. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> graphql(String document, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        WebTestClient.RequestBodySpec request = this.http
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON);
        this.cookies.forEach((name, value) -> request.cookie(name, value));
        if (this.sendCsrfHeader && this.cookies.containsKey("XSRF-TOKEN")) {
            request.header("X-XSRF-TOKEN", this.cookies.get("XSRF-TOKEN"));
        }
        if (this.sessionHeader != null) {
            request.header("X-Auth-Token", this.sessionHeader);
        }
        this.last = request.bodyValue(body).exchange().expectBody(Map.class).returnResult();
        keepCookies(this.last.getResponseCookies());
        String token = this.last.getResponseHeaders().getFirst("X-Auth-Token");
        if (this.sessionHeader != null && token != null && !token.isEmpty()) {
            this.sessionHeader = token;
        }
        return (this.last.getResponseBody() != null) ? this.last.getResponseBody() : Map.of();
    }

    public Map<String, Object> graphql(String document) {
        return graphql(document, Map.of());
    }

    /** The value at a dotted path of a response's {@code data}, e.g. {@code "login.customer.email"}. */
    @SuppressWarnings("unchecked")
    public static @Nullable Object at(Map<String, Object> response, String path) {
        Object current = response.get("data");
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }

    /** The classification of a response's first error, or null when it has none. */
    @SuppressWarnings("unchecked")
    public static @Nullable String errorClassification(Map<String, Object> response) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
        if (errors == null || errors.isEmpty()) {
            return null;
        }
        Map<String, Object> extensions = (Map<String, Object>) errors.get(0).get("extensions");
        return (extensions != null) ? (String) extensions.get("classification") : null;
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
