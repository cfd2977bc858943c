package dev.storefront.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SPA's pages as a browser and a crawler get them: an unknown product's or category's
 * address answers 404 with the shop's page, the built files are compressed and cached by kind,
 * and GraphiQL is the shop's own. (Needs the built SPA: run without -Dskip.npm.)
 */
@StorefrontTest
class SpaPagesTests {

    private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void client() {
        this.http = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + this.port)
                .build();
    }

    private String page(String path) {
        return this.http
                .get()
                .uri(path)
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void anUnknownProductsPageIsTheShopsPageWithStatus404() {
        this.http
                .get()
                .uri("/products/no-such-product")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .cacheControl(org.springframework.http.CacheControl.noCache())
                .expectBody(String.class)
                .value((html) -> assertThat(html).contains("<div id=\"root\"></div>"));
    }

    @Test
    void anInactiveProductsPageIs404Too() {
        this.http
                .get()
                .uri("/products/retro-toaster")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aKnownProductsAndCategorysPagesAre200() {
        this.http
                .get()
                .uri("/products/summit-tent")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk();
        this.http
                .get()
                .uri("/category/audio")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void anUnknownCategorysPageIs404() {
        this.http
                .get()
                .uri("/category/no-such-category")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aSlugLongerThanAnySlugIs404WithoutALookup() {
        this.http
                .get()
                .uri("/products/" + "a".repeat(InputLimits.MAX_SLUG + 1))
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aHeadOfAnUnknownProductIs404() {
        this.http
                .head()
                .uri("/products/no-such-product")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void theShopsPageIsRevalidatedEveryTime() {
        for (String path : new String[] {"/", "/index.html", "/products/summit-tent", "/cart"}) {
            this.http
                    .get()
                    .uri(path)
                    .accept(MediaType.TEXT_HTML)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
    }

    @Test
    void hashedAssetsAreCompressedAndCachedForAYear() {
        Matcher script = SCRIPT.matcher(page("/"));
        assertThat(script.find()).as("index.html names its script").isTrue();
        this.http
                .get()
                .uri(script.group(1))
                .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("text/javascript")
                .expectHeader()
                .valueEquals(HttpHeaders.CONTENT_ENCODING, "gzip")
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable");
    }

    @Test
    void productImagesKeepTheirHour() {
        this.http
                .get()
                .uri("/images/products/aria-wireless-headphones.svg")
                .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=3600");
    }

    @Test
    void graphiqlIsTheShopsOwnPageWithNothingFromElsewhere() {
        String html = page("/graphiql");
        assertThat(html)
                .contains("<div id=\"graphiql\">")
                .doesNotContain("https://")
                .doesNotContain("http://");
        assertThat(SCRIPT.matcher(html).find())
                .as("its script is one of the shop's assets")
                .isTrue();
    }
}
