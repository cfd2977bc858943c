package dev.storefront.shared;

import java.util.Map;

import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web surface: the SPA and its deep links, product images, GraphiQL, and GraphQL over HTTP
 * (GET and POST, both response media types).
 */
@StorefrontTest
class WebTests {

    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    @LocalServerPort
    int port;

    @Autowired
    ParsedDocumentCache documents;

    WebTestClient http;

    @BeforeEach
    void client() {
        this.http = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + this.port)
                .build();
    }

    @Test
    void theShopIsServedAtTheRoot() {
        this.http
                .get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectCookie()
                .exists("XSRF-TOKEN")
                .expectBody(String.class)
                .value((html) -> assertThat(html).contains("<div id=\"root\"></div>"));
    }

    @Test
    void theApiParsesAndValidatesEachDocumentOnce() {
        String query = "query ParsedOnce { categories { slug name } }";
        long before = this.documents.weight();
        for (int i = 0; i < 3; i++) {
            this.http
                    .post()
                    .uri("/graphql")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("query", query))
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.data.categories[0].slug")
                    .isEqualTo("audio");
        }
        assertThat(this.documents.weight()).isEqualTo(before + ParsedDocumentCache.bytesOf(query));
    }

    @Test
    void deepLinksServeTheShopSoTheyWorkOnReload() {
        this.http
                .get()
                .uri("/products/summit-tent")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .value((html) -> assertThat(html).contains("<div id=\"root\"></div>"));
    }

    @Test
    void missingFilesAndApiCallsAreNotTurnedIntoTheShop() {
        this.http
                .get()
                .uri("/images/products/no-such-image.svg")
                .exchange()
                .expectStatus()
                .isNotFound();
        this.http
                .get()
                .uri("/no-such-path")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void productImagesAreServedByTheShopItself() {
        this.http
                .get()
                .uri("/images/products/aria-wireless-headphones.svg")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("image/svg+xml");
    }

    @Test
    void graphiqlIsAvailable() {
        this.http
                .get()
                .uri("/graphiql?path=/graphql")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value((html) -> assertThat(html).containsIgnoringCase("graphiql"));
    }

    @Test
    void postAnswersInTheMediaTypeAsked() {
        this.http
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", "{ categories { slug } }"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(GRAPHQL_RESPONSE)
                .expectBody()
                .jsonPath("$.data.categories[0].slug")
                .isEqualTo("audio");
        this.http
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ categories { slug } }"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.data.categories[0].slug")
                .isEqualTo("audio");
    }

    @Test
    void queriesCanBeSentWithGet() {
        this.http
                .get()
                .uri((uri) ->
                        uri.path("/graphql").queryParam("query", "{q}").build("{ category(slug: \"audio\") { name } }"))
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.category.name")
                .isEqualTo("Audio");
    }

    @Test
    void getTakesVariablesAsJson() {
        this.http
                .get()
                .uri((uri) -> uri.path("/graphql")
                        .queryParam("query", "{q}")
                        .queryParam("variables", "{v}")
                        .build("query($slug: String!) { category(slug: $slug) { name } }", "{\"slug\":\"kitchen\"}"))
                .accept(GRAPHQL_RESPONSE)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(GRAPHQL_RESPONSE)
                .expectBody()
                .jsonPath("$.data.category.name")
                .isEqualTo("Kitchen");
    }

    @Test
    void mutationsAreRefusedOverGet() {
        this.http
                .get()
                .uri((uri) -> uri.path("/graphql").queryParam("query", "{q}").build("mutation { anything }"))
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isEqualTo(405)
                .expectHeader()
                .valueEquals("Allow", "POST");
    }

    @Test
    void getWithoutAQueryIsABadRequest() {
        this.http
                .get()
                .uri("/graphql")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void aRequestThatIsNoGraphQlIsRefusedWithoutAStackTrace() {
        this.http
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", "{ products { nodes { slug } "))
                .exchange()
                .expectStatus()
                .is4xxClientError()
                .expectBody(String.class)
                .value((body) -> assertThat(body).doesNotContain("Exception", "at dev.", "at org."));
    }
}
