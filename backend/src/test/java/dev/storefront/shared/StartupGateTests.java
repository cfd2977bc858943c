package dev.storefront.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is served before the start-up work (the demo catalog, the first admin) is done: a
 * visitor who comes while it runs gets 503 with Retry-After, and the actuator still answers.
 * The visitor here is an application runner that goes first, while the server already listens.
 */
@StorefrontTest
@Import(StartupGateTests.EarlyVisitor.class)
class StartupGateTests {

    static final String CATEGORIES = "{\"query\": \"{ categories { slug } }\"}";

    @Autowired
    EarlyVisitor visitor;

    @LocalServerPort
    int port;

    @Test
    void aGraphQlRequestDuringStartUpIsAnUnavailableErrorWithRetryAfter() {
        HttpResponse<String> early = this.visitor.responses.get("graphql");
        assertThat(early.statusCode()).isEqualTo(503);
        assertThat(early.headers().firstValue("Retry-After")).isPresent();
        assertThat(early.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/graphql-response+json");
        assertThat(early.body()).contains("\"classification\":\"UNAVAILABLE\"").doesNotContain("\"data\"");
    }

    @Test
    void thePageIsNotServedDuringStartUpEither() {
        HttpResponse<String> early = this.visitor.responses.get("page");
        assertThat(early.statusCode()).isEqualTo(503);
        assertThat(early.headers().firstValue("Retry-After")).isPresent();
        assertThat(early.body()).doesNotContain("<div id=\"root\">");
    }

    @Test
    void theProbesOnTheAppsPortAnswerDuringStartUp() {
        assertThat(this.visitor.responses.get("liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = this.visitor.responses.get("readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("OUT_OF_SERVICE");
    }

    @Test
    void onceReadyTheCatalogAndTheAdminAreThere() {
        Visitor browser = Visitor.opened(this.port);
        browser.documentName("categories")
                .execute()
                .path("categories[*].slug")
                .entityList(String.class)
                .hasSizeGreaterThan(0);
        assertThat(Visitors.login(browser, Visitors.ADMIN_EMAIL, Visitors.ADMIN_PASSWORD)
                        .customer()
                        .roles())
                .contains("ADMIN");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class EarlyVisitor {

        final Map<String, HttpResponse<String>> responses = new HashMap<>();

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        ApplicationRunner visitBeforeTheStartUpWorkIsDone(Environment environment) {
            return (args) -> {
                String base = "http://localhost:" + environment.getProperty("local.server.port");
                HttpClient client = HttpClient.newHttpClient();
                this.responses.put(
                        "graphql",
                        client.send(
                                HttpRequest.newBuilder(URI.create(base + "/graphql"))
                                        .timeout(Duration.ofSeconds(20))
                                        .header("Content-Type", "application/json")
                                        .header("Accept", "application/graphql-response+json")
                                        .POST(HttpRequest.BodyPublishers.ofString(CATEGORIES))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()));
                this.responses.put("page", get(client, base + "/", "text/html"));
                this.responses.put("liveness", get(client, base + "/livez", "application/json"));
                this.responses.put("readiness", get(client, base + "/readyz", "application/json"));
            };
        }

        private static HttpResponse<String> get(HttpClient client, String url, String accept) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(20))
                            .header("Accept", accept)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
