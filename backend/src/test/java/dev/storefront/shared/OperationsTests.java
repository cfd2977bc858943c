package dev.storefront.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.storefront.Answers.UserError;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.Shutdown;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

import static dev.storefront.Answers.errorsText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees: after a few shoppers' requests the Prometheus scrape on the management
 * port holds the request timings by operation name, the errors by classification, the pool, the
 * JVM, the caches, sign-ins, carts and orders; the public port serves none of it; the log line of
 * an INTERNAL_ERROR carries the execution id its reference quotes; shutdown is graceful.
 */
@StorefrontTest
@Import(OperationsTests.ProvokedFailure.class)
@TestPropertySource(properties = "storefront.metrics.max-operation-names=8")
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

    static final JsonMapper json = new JsonMapper();

    final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Value("${management.server.address}")
    String managementAddress;

    @Autowired
    ServerProperties server;

    @Value("${spring.lifecycle.timeout-per-shutdown-phase}")
    Duration shutdownTimeout;

    /** Before every test: the first name the bounded list sees, whichever test runs first. */
    @BeforeEach
    void search() throws Exception {
        post("query OpsSearch { search(query: \"headphones\") { products { totalCount } } }", "OpsSearch");
    }

    @Test
    void theScrapeHoldsWhatShoppersDid() throws Exception {
        post("query OpsSearch { search(query: \"headphones\") { products { totalCount } } }", "OpsSearch");
        Visitor shopper = Visitor.opened(this.port);
        String productId = Visitors.productId(shopper, "bamboo-cutting-board");
        shopper.documentName("addToCartUserErrors")
                .variable("productId", productId)
                .execute()
                .path("addToCart.userErrors")
                .entityList(UserError.class)
                .hasSize(0);
        GraphQlTester.Response placed = shopper.documentName("placeOrder")
                .variable("input", guestOrder())
                .execute();
        placed.path("placeOrder.userErrors").entityList(UserError.class).hasSize(0);
        String number =
                placed.path("placeOrder.order.number").entity(String.class).get();
        assertThat(number).isNotNull();
        shopper.documentName("cancelOrder")
                .variable("number", number)
                .execute()
                .path("cancelOrder.userErrors")
                .entityList(UserError.class)
                .hasSize(0);
        String email = "ops-" + UUID.randomUUID() + "@example.com";
        for (int attempt = 0; attempt < 6; attempt++) {
            Visitors.login(Visitor.opened(this.port), email, "not the password");
        }
        Visitor.opened(this.port).documentName("provokedFailure").execute();

        String scrape = scrape();
        assertThat(value(scrape, "graphql_request_seconds_count", "graphql_operation_name=\"OpsSearch\""))
                .isGreaterThanOrEqualTo(2);
        assertThat(value(scrape, "http_server_requests_seconds_count", "uri=\"/graphql\""))
                .isPositive();
        assertThat(value(scrape, "storefront_graphql_errors_total", "classification=\"INTERNAL_ERROR\""))
                .isPositive();
        assertThat(value(scrape, "hikaricp_connections_max", "")).isPositive();
        assertThat(value(scrape, "jvm_memory_used_bytes", "")).isPositive();
        assertThat(value(scrape, "cache_gets_total", "cache=\"parsed-documents\"", "result=\"hit\""))
                .isPositive();
        assertThat(value(scrape, "cache_gets_total", "cache=\"categories\"")).isPositive();
        assertThat(scrape).contains("cache_gets_total{", "cache=\"product-counts\"");
        // No observation per security filter or per field: each would wrap every request's work.
        assertThat(scrape).doesNotContain("spring_security_", "graphql_datafetcher_");
        assertThat(value(scrape, "storefront_logins_total", "outcome=\"bad_credentials\""))
                .isGreaterThanOrEqualTo(5);
        assertThat(value(scrape, "storefront_logins_total", "outcome=\"throttled\""))
                .isPositive();
        assertThat(value(scrape, "storefront_carts_started_total", "")).isPositive();
        assertThat(value(scrape, "storefront_cart_lines_added_total", "")).isPositive();
        assertThat(value(scrape, "storefront_orders_placed_total", "currency=\"USD\""))
                .isPositive();
        assertThat(value(scrape, "storefront_orders_value_sum", "currency=\"USD\""))
                .isPositive();
        assertThat(value(scrape, "storefront_orders_cancelled_total", "")).isPositive();
    }

    @Test
    void aMillionOperationNamesMakeABoundedNumberOfSeries() throws Exception {
        for (int i = 0; i < 20; i++) {
            String name = "Stranger" + i + UUID.randomUUID().toString().replace("-", "");
            post("query " + name + " { categories { slug } }", name);
        }
        Matcher names = Pattern.compile("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"([^\"]+)\"")
                .matcher(scrape());
        Set<String> seen = new java.util.HashSet<>();
        while (names.find()) {
            seen.add(names.group(1));
        }
        assertThat(seen).contains("other").hasSizeLessThanOrEqualTo(8 + 2);
    }

    @Test
    void thePublicPortServesNoActuator() throws Exception {
        for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator")) {
            HttpResponse<String> response = get("http://127.0.0.1:" + this.port + path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).doesNotContain("jvm_", "hikaricp");
        }
        assertThat(this.managementPort).isNotEqualTo(this.port);
        assertThat(this.managementAddress)
                .as("loopback unless the deployment says otherwise")
                .isEqualTo("127.0.0.1");
        assertThat(get("http://127.0.0.1:" + this.port + "/readyz").statusCode())
                .isEqualTo(200);
        assertThat(get("http://127.0.0.1:" + this.port + "/livez").statusCode()).isEqualTo(200);
    }

    @Test
    void theLogLineOfAnInternalErrorCarriesTheExecutionIdItsReferenceQuotes(CapturedOutput output) {
        Logger classifier = (Logger) LoggerFactory.getLogger(GraphQlErrorClassifier.class);
        Logger probe = (Logger) LoggerFactory.getLogger(ProvokedFailure.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        classifier.addAppender(lines);
        probe.addAppender(lines);
        try {
            String message = errorsText(
                    Visitor.opened(this.port).documentName("provokedFailure").execute());
            Matcher reference = Pattern.compile("reference ([0-9a-f-]{36})").matcher(message);
            assertThat(reference.find()).as(message).isTrue();
            String id = reference.group(1);
            assertThat(lines.list)
                    .hasSize(2)
                    .allSatisfy((line) -> assertThat(line.getMDCPropertyMap()).containsEntry("executionId", id));
            assertThat(output.getOut()).contains("[" + id + "] ");
        } finally {
            classifier.detachAppender(lines);
            probe.detachAppender(lines);
        }
    }

    @Test
    void shutdownLetsRequestsInFlightFinish() {
        assertThat(this.server.getShutdown()).isEqualTo(Shutdown.GRACEFUL);
        assertThat(this.shutdownTimeout).isGreaterThan(Duration.ofSeconds(10));
    }

    private static Map<String, Object> guestOrder() {
        return Map.of(
                "email",
                "ops-" + UUID.randomUUID() + "@checkout.test",
                "idempotencyKey",
                UUID.randomUUID().toString(),
                "shippingAddress",
                Map.of(
                        "name",
                        "Ada Lovelace",
                        "line1",
                        "12 St James's Square",
                        "city",
                        "London",
                        "postalCode",
                        "SW1Y 4JH",
                        "countryCode",
                        "gb"));
    }

    private void post(String document, String operationName) throws Exception {
        String body = json.writeValueAsString(Map.of("query", document, "operationName", operationName));
        HttpResponse<String> response = this.client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = get("http://127.0.0.1:" + this.managementPort + "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return this.client.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The sum of the samples of a series whose labels contain every given fragment. */
    private static double value(String scrape, String name, String... labels) {
        List<String> samples = scrape.lines()
                .filter((line) -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter((line) -> java.util.Arrays.stream(labels).allMatch(line::contains))
                .toList();
        assertThat(samples).as(name + " " + String.join(",", labels)).isNotEmpty();
        return samples.stream()
                .collect(Collectors.summingDouble(
                        (line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))));
    }

    /**
     * A field that fails as no shop code should, for this test only: {@code categories} asked for
     * under the alias {@code provokedFailure}. It logs a line first, as a resolver might.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class ProvokedFailure {

        @Bean
        Instrumentation provokedFailure() {
            return new Instrumentation() {
                @Override
                public DataFetcher<?> instrumentDataFetcher(
                        DataFetcher<?> dataFetcher,
                        InstrumentationFieldFetchParameters parameters,
                        @Nullable InstrumentationState state) {
                    if (!"provokedFailure"
                            .equals(parameters.getEnvironment().getField().getAlias())) {
                        return dataFetcher;
                    }
                    return (environment) -> {
                        LoggerFactory.getLogger(ProvokedFailure.class).info("About to fail on purpose");
                        throw new IllegalStateException("provoked by OperationsTests");
                    };
                }
            };
        }
    }
}
