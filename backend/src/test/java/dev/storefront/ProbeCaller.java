package dev.storefront;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client of {@link EveryArgumentTests} with a session of its own, carried in the session header
 * (so no CSRF token is needed): anonymous, or signed in as the admin. It stays who it is: a
 * probe may sign it in (a valid {@code register}) or change its session, and it notices.
 */
final class ProbeCaller {

    static final String SESSION_HEADER = "X-Auth-Token";

    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    final String name;

    private final boolean admin;

    private final WebTestClient http;

    private final JsonMapper json;

    private String session = "new";

    private @Nullable String line;

    private boolean sessionChanged;

    ProbeCaller(String name, boolean admin, WebTestClient http, JsonMapper json) {
        this.name = name;
        this.admin = admin;
        this.http = http;
        this.json = json;
        start();
    }

    private void start() {
        this.session = "new";
        this.line = null;
        if (this.admin) {
            post(
                    "mutation { login(input: {email: \"admin@storefront.test\", password: \"demo-admin-password\"}) "
                            + "{ customer { roles } } }",
                    Map.of());
            assertThat(roles()).as("the admin signed in").contains("ADMIN");
        }
    }

    /** A line of this caller's cart, for arguments that name one; made of the product when there is none. */
    @SuppressWarnings("unchecked")
    String cartLine(String productId) {
        if (this.line == null) {
            Map<String, Object> added = read(post(
                    "mutation($id: ID!) { addToCart(productId: $id) { cart { lines { id } } } }",
                    Map.of("id", productId)));
            List<Map<String, Object>> lines = (List<Map<String, Object>>) at(added, "addToCart", "cart", "lines");
            assertThat(lines).as("a cart line for %s", this.name).isNotEmpty();
            this.line = (String) lines.get(0).get("id");
        }
        return this.line;
    }

    /** After a mutation whose answer changed the session: still the admin, or still anonymous. */
    void stayWhoItIs() {
        if (this.sessionChanged) {
            List<String> roles = roles();
            if (this.admin ? !roles.contains("ADMIN") : !roles.isEmpty()) {
                start();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> roles() {
        Object roles = at(read(post("{ me { roles } }", Map.of())), "me", "roles");
        return (roles instanceof List<?> list) ? (List<String>) list : List.of();
    }

    EntityExchangeResult<byte[]> post(String document, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        EntityExchangeResult<byte[]> result = this.http
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(GRAPHQL_RESPONSE)
                .header(SESSION_HEADER, this.session)
                .bodyValue(body)
                .exchange()
                .expectBody()
                .returnResult();
        String token = result.getResponseHeaders().getFirst(SESSION_HEADER);
        this.sessionChanged = token != null;
        if (token != null && !token.isEmpty()) {
            this.session = token;
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> read(EntityExchangeResult<byte[]> exchange) {
        return this.json.readValue(exchange.getResponseBody(), Map.class);
    }

    static @Nullable Object at(Map<String, Object> response, String... path) {
        Object current = response.get("data");
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }
}
