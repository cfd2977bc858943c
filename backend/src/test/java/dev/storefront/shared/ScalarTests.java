package dev.storefront.shared;

import java.util.List;
import java.util.Map;

import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's scalars on the wire: money as exact strings, and inputs that don't fit refused. */
@StorefrontTest
class ScalarTests {

    @LocalServerPort
    int port;

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void decimalIsWrittenAsAJsonString() {
        String body = post("{ product(slug: \"insulated-bottle\") { price { amount } } }");
        assertThat(body).contains("\"amount\":\"");
        assertThat(body).doesNotContainPattern("\"amount\":[0-9]");
    }

    @Test
    void decimalIsReadFromAStringAnIntegerOrAFloat() {
        for (Object maxPrice : List.of("49.00", 49, 49.0, " 49 ")) {
            this.graphQl
                    .documentName("products")
                    .variable("filter", Map.of("maxPrice", maxPrice))
                    .execute()
                    .path("products.totalCount")
                    .entity(Integer.class)
                    .isEqualTo(7);
        }
        this.graphQl
                .document("{ products(filter: {maxPrice: 49}) { totalCount } }")
                .execute()
                .path("products.totalCount")
                .entity(Integer.class)
                .isEqualTo(7);
        this.graphQl
                .document("{ products(filter: {maxPrice: \"49.00\"}) { totalCount } }")
                .execute()
                .path("products.totalCount")
                .entity(Integer.class)
                .isEqualTo(7);
    }

    @Test
    void aDecimalThatIsNoNumberIsRefusedBeforeAnythingRuns() {
        this.graphQl
                .documentName("products")
                .variable("filter", Map.of("maxPrice", "cheap"))
                .execute()
                .errors()
                .expect((error) -> error.getMessage().contains("not a valid 'Decimal'")
                        && !error.getMessage().contains("cheap"))
                .verify()
                .path("products")
                .pathDoesNotExist();
        this.graphQl
                .document("{ products(filter: {minPrice: \"1e99999999\"}) { totalCount } }")
                .execute()
                .errors()
                .expect((error) -> error.getMessage().contains("'filter.minPrice' is not a valid 'Decimal'")
                        && !error.getMessage().contains("1e99999999"))
                .verify();
    }

    @Test
    void nonNegativeIntegersComeOutAsNumbers() {
        String body = post("{ product(slug: \"insulated-bottle\") { stock } }");
        assertThat(body).containsPattern("\"stock\":[0-9]+");
    }

    private String post(String query) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + this.port)
                .build()
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
