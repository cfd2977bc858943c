package dev.storefront.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.storefront.SqlStatements;
import dev.storefront.StorefrontTest;
import dev.storefront.catalog.Inventory;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous catalog reads are answered from memory, byte for byte as they were computed (headers
 * too), and never wrongly: a change to the catalog shows in the very next read, a signed-in
 * caller's reads, reads of the session and answers with errors are never shared, and a flood of
 * distinct reads stays within the bound. The test catalog's {@code vinyl-turntable} (id 5):
 * 320.00, 2 in stock; {@code retro-toaster} the one inactive product.
 */
@StorefrontTest
@TestPropertySource(
        properties = {"storefront.graphql.response-cache-ttl=1h", "storefront.graphql.response-cache-max-size=256KB"})
class GraphQlResponseCacheTests {

    static final String CARD = "fragment Card on Product { id slug title imageUrl inStock featured"
            + " price { amount currencyCode } category { id name } }";

    static final String CATALOG = "query CatalogProducts($filter: ProductFilter, $sort: ProductSort, $first: Int,"
            + " $after: String) { products(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount"
            + " pageInfo { hasNextPage endCursor } nodes { ...Card } } } " + CARD;

    static final String PRODUCT = "query ProductPage($slug: String!) { product(slug: $slug) { id title slug stock"
            + " inStock price { amount currencyCode } imageUrl tags createdAt category { slug name productCount } } }";

    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    static final Map<String, Object> TURNTABLE = Map.of("slug", "vinyl-turntable");

    @LocalServerPort
    int port;

    @Autowired
    GraphQlResponseCache cache;

    @Autowired
    SqlStatements sql;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Inventory inventory;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper json;

    @BeforeEach
    @AfterEach
    void forget() {
        this.cache.forgetAll();
    }

    @Test
    void aRepeatedAnonymousReadCostsNoStatement() {
        Map<String, Object> page = Map.of("filter", Map.of(), "sort", "NEWEST", "first", 20);
        byte[] computed = kept(CATALOG, page);
        this.sql.clear();
        double hits = hits();
        assertThat(post(CATALOG, page, MediaType.APPLICATION_JSON, (spec) -> {}).getResponseBodyContent())
                .isEqualTo(computed);
        assertThat(this.sql.mentioning(""))
                .as("no SQL at all: no page, no count, no session")
                .isEmpty();
        assertThat(hits() - hits).isEqualTo(1);
    }

    @Test
    void anAnswerFromMemoryIsTheAnswerComputedHeadersAndAll() {
        List<Runnable> cases = new ArrayList<>();
        cases.add(() -> same(
                CATALOG,
                Map.of("filter", Map.of("categorySlugs", List.of("audio")), "sort", "PRICE_ASC", "first", 2),
                MediaType.APPLICATION_JSON));
        cases.add(() -> same(PRODUCT, TURNTABLE, GRAPHQL_RESPONSE));
        cases.add(() -> same("{ categories { slug name productCount } }", Map.of(), MediaType.APPLICATION_JSON));
        cases.add(() -> same(
                "query S($q: String!) { search(query: $q, first: 3) { products { totalCount nodes { slug } }"
                        + " facets { inStock } didYouMean } }",
                Map.of("q", "wireless"),
                GRAPHQL_RESPONSE));
        cases.add(() -> same(
                "query T { suggest(prefix: \"turnt\") { text product { slug } } }",
                Map.of(),
                MediaType.APPLICATION_JSON));
        cases.forEach(Runnable::run);
    }

    @Test
    void anAnonymousShopperWithACartIsAnsweredFromMemoryForTheCostOfReadingTheSession() {
        EntityExchangeResult<byte[]> added = post(
                "mutation Add($id: ID!) { addToCart(productId: $id, quantity: 1) { cart { id } } }",
                Map.of("id", "5"),
                MediaType.APPLICATION_JSON,
                (spec) -> {});
        Map<String, String> cookies = new LinkedHashMap<>();
        added.getResponseCookies()
                .forEach((name, values) -> cookies.put(name, values.get(0).getValue()));
        assertThat(cookies).containsKeys("SESSION", "XSRF-TOKEN");
        Consumer<WebTestClient.RequestHeadersSpec<?>> shopper = (spec) -> spec.cookie("SESSION", cookies.get("SESSION"))
                .cookie("XSRF-TOKEN", cookies.get("XSRF-TOKEN"))
                .header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        byte[] computed = kept(PRODUCT, TURNTABLE);
        this.sql.clear();
        double hits = hits();
        assertThat(post(PRODUCT, TURNTABLE, MediaType.APPLICATION_JSON, shopper).getResponseBodyContent())
                .isEqualTo(computed);
        assertThat(hits() - hits).isEqualTo(1);
        // Who is asking (the session, to know it is nobody signed in), and nothing else: no product,
        // and no write of the session (its last visit was written less than a minute ago).
        assertThat(this.sql.mentioning("")).hasSize(1).allMatch((sql) -> sql.contains("SPRING_SESSION"));
    }

    @Test
    void aChangeToTheCatalogShowsInTheNextRead() {
        kept(PRODUCT, TURNTABLE);
        // What placing an order does to stock: lock the rows, take the quantities, commit.
        this.transactions.executeWithoutResult((tx) -> {
            this.inventory.lockForSale(List.of(5L));
            this.inventory.take(Map.of(5L, 1));
        });
        try {
            assertThat(read(PRODUCT, TURNTABLE)).contains("\"stock\":1");
            assertThat(kept(PRODUCT, TURNTABLE)).asString().contains("\"stock\":1");
        } finally {
            this.transactions.executeWithoutResult((tx) -> this.inventory.restore(Map.of(5L, 1)));
        }
        assertThat(read(PRODUCT, TURNTABLE)).contains("\"stock\":2");
    }

    @Test
    void requestsMissingTogetherWaitForOneComputation() throws Exception {
        kept(PRODUCT, TURNTABLE);
        this.cache.forgetAll();
        this.sql.clear();
        read(PRODUCT, TURNTABLE);
        int one = this.sql.mentioning("from product").size();
        assertThat(one).isPositive();
        this.cache.forgetAll();
        this.sql.clear();
        ExecutorService shoppers = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(shoppers.submit(() -> read(PRODUCT, TURNTABLE)));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).contains("vinyl-turntable");
            }
        } finally {
            shoppers.shutdownNow();
        }
        assertThat(this.sql.mentioning("from product")).as("as for one request").hasSize(one);
    }

    @Test
    void aSignedInCallersReadsAreNeverSharedNorAnsweredFromMemory() {
        String admin = signIn("admin@storefront.test", "demo-admin-password");
        Map<String, Object> archived = Map.of("filter", Map.of("includeInactive", true), "first", 20);
        double gets = gets();
        for (int i = 0; i < 3; i++) {
            this.sql.clear();
            String answer = new String(
                    post(CATALOG, archived, MediaType.APPLICATION_JSON, (spec) -> spec.header("X-Auth-Token", admin))
                            .getResponseBodyContent());
            assertThat(answer).contains("retro-toaster");
            assertThat(this.sql.mentioning("from product")).isNotEmpty();
        }
        assertThat(gets()).as("not even looked up").isEqualTo(gets);
        assertThat(read(CATALOG, archived)).contains("UNAUTHORIZED").doesNotContain("retro-toaster");
    }

    @Test
    void readsOfTheSessionAndAnswersWithErrorsAreNeverKept() {
        String withCart = "query Both { products(first: 1) { nodes { slug } } cart { totalQuantity } }";
        String ambiguous = "query Ambiguous { product(id: \"5\", slug: \"vinyl-turntable\") { slug } }";
        for (int i = 0; i < 3; i++) {
            assertThat(read(withCart, Map.of())).contains("totalQuantity");
            assertThat(read(ambiguous, Map.of())).contains("BAD_REQUEST");
        }
        assertThat(this.cache.weight()).isZero();
    }

    @Test
    void eachAddressGetsTheImageUrlsMadeForIt() {
        String images = "{ product(slug: \"vinyl-turntable\") { imageUrl } }";
        for (int i = 0; i < 3; i++) {
            assertThat(read(images, Map.of())).contains("http://localhost:" + this.port + "/images/");
            assertThat(new String(exchange(
                                    "http://127.0.0.1:" + this.port,
                                    images,
                                    Map.of(),
                                    MediaType.APPLICATION_JSON,
                                    (spec) -> {})
                            .getResponseBodyContent()))
                    .contains("http://127.0.0.1:" + this.port + "/images/");
        }
    }

    @Test
    void twoSpellingsOfOneDocumentShareTheirAnswer() {
        byte[] computed = kept("{ categories { slug } }", Map.of());
        String respelled = "# the same, written out\n{\n  categories {\n    slug\n  }\n}\n";
        read(respelled, Map.of()); // parsed and validated the first time it is seen
        double hits = hits();
        assertThat(post(respelled, Map.of(), MediaType.APPLICATION_JSON, (spec) -> {})
                        .getResponseBodyContent())
                .isEqualTo(computed);
        assertThat(hits() - hits).isEqualTo(1);
    }

    @Test
    void aFloodOfDistinctReadsStaysWithinTheBound() {
        for (int i = 0; i < 400; i++) {
            read(PRODUCT, Map.of("slug", "no-such-product-" + i));
            read(CATALOG, Map.of("filter", Map.of("minPrice", i + ".01"), "first", 20));
        }
        assertThat(this.cache.weight()).isPositive().isLessThanOrEqualTo(256 * 1024);
    }

    /** The same request answered afresh ({@code Cache-Control: no-cache}) and from memory: alike. */
    private void same(String query, Map<String, Object> variables, MediaType accept) {
        kept(query, variables);
        double hits = hits();
        EntityExchangeResult<byte[]> computed =
                post(query, variables, accept, (spec) -> spec.header(HttpHeaders.CACHE_CONTROL, "no-cache"));
        assertThat(hits()).as("computed afresh").isEqualTo(hits);
        EntityExchangeResult<byte[]> remembered = post(query, variables, accept, (spec) -> {});
        assertThat(hits() - hits).as("answered from memory").isEqualTo(1);
        assertThat(remembered.getStatus()).isEqualTo(computed.getStatus());
        assertThat(remembered.getResponseBodyContent()).isEqualTo(computed.getResponseBodyContent());
        assertThat(headers(remembered)).isEqualTo(headers(computed)).containsKeys("content-type", "set-cookie");
    }

    /** The response headers but the date, and the new XSRF token's value (new on every response). */
    private static Map<String, List<String>> headers(EntityExchangeResult<byte[]> result) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        result.getResponseHeaders()
                .forEach((name, values) -> headers.put(
                        name.toLowerCase(Locale.ROOT),
                        values.stream()
                                .map((value) -> value.replaceAll("XSRF-TOKEN=[^;]*", "XSRF-TOKEN=..."))
                                .toList()));
        headers.remove("date");
        return headers;
    }

    /** Reads until the answer is kept (a document is first parsed, then its answer kept), then the answer. */
    private byte[] kept(String query, Map<String, Object> variables) {
        for (int i = 0; i < 3; i++) {
            read(query, variables);
        }
        double hits = hits();
        byte[] answer =
                post(query, variables, MediaType.APPLICATION_JSON, (spec) -> {}).getResponseBodyContent();
        assertThat(hits() - hits).as("kept").isEqualTo(1);
        return answer;
    }

    private String read(String query, Map<String, Object> variables) {
        return new String(
                post(query, variables, MediaType.APPLICATION_JSON, (spec) -> {}).getResponseBodyContent());
    }

    private EntityExchangeResult<byte[]> post(
            String query,
            Map<String, Object> variables,
            MediaType accept,
            Consumer<WebTestClient.RequestHeadersSpec<?>> headers) {
        return exchange("http://localhost:" + this.port, query, variables, accept, headers);
    }

    private EntityExchangeResult<byte[]> exchange(
            String base,
            String query,
            Map<String, Object> variables,
            MediaType accept,
            Consumer<WebTestClient.RequestHeadersSpec<?>> headers) {
        WebTestClient.RequestHeadersSpec<?> spec = WebTestClient.bindToServer()
                .baseUrl(base)
                .build()
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(accept)
                .bodyValue(this.json.writeValueAsString(Map.of("query", query, "variables", variables)));
        headers.accept(spec);
        return spec.exchange().expectBody(byte[].class).returnResult();
    }

    /** Signs in with the session in a header, as an integrator would; returns the session's id. */
    private String signIn(String email, String password) {
        EntityExchangeResult<byte[]> login = post(
                "mutation Login($input: LoginInput!) { login(input: $input) { customer { id } } }",
                Map.of("input", Map.of("email", email, "password", password)),
                MediaType.APPLICATION_JSON,
                (spec) -> spec.header("X-Auth-Token", "new"));
        String session = login.getResponseHeaders().getFirst("X-Auth-Token");
        assertThat(session).as(new String(login.getResponseBodyContent())).isNotBlank();
        return session;
    }

    private double hits() {
        return this.meters
                .get("cache.gets")
                .tag("cache", "graphql-responses")
                .tag("result", "hit")
                .functionCounter()
                .count();
    }

    private double gets() {
        return hits()
                + this.meters
                        .get("cache.gets")
                        .tag("cache", "graphql-responses")
                        .tag("result", "miss")
                        .functionCounter()
                        .count();
    }
}
