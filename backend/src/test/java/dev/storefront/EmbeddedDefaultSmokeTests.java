package dev.storefront;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default a newcomer runs: H2 in MySQL mode, the same Flyway migrations, and the
 * demo catalog, served over HTTP. Keeps the first-run path from rotting; every other backend
 * test runs on a real MySQL-compatible server.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:smoke;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap"
        })
@AutoConfigureHttpGraphQlTester
class EmbeddedDefaultSmokeTests {

    @Autowired
    HttpGraphQlTester graphQl;

    @LocalServerPort
    int port;

    @Test
    void theDemoCatalogIsBrowsable() {
        this.graphQl
                .document("{ categories { slug productCount } products { nodes { slug } totalCount } }")
                .execute()
                .path("categories")
                .entityList(Object.class)
                .satisfies((categories) -> assertThat(categories).hasSizeGreaterThanOrEqualTo(6))
                .path("products.nodes")
                .entityList(Object.class)
                .hasSize(20)
                .path("products.totalCount")
                .entity(Integer.class)
                .satisfies((count) -> assertThat(count).isGreaterThanOrEqualTo(60));
    }

    @Test
    void everyDemoCategoryHasItsDescription() {
        List<String> descriptions = this.graphQl
                .document("{ categories { description } }")
                .execute()
                .path("categories[*].description")
                .entityList(String.class)
                .get();
        assertThat(descriptions)
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy((description) -> assertThat(description).isNotBlank());
    }

    @Test
    void theDemoAdminCanSignInWithASessionInH2() {
        Visitor browser = Visitors.admin(this.port);
        browser.documentName("me")
                .execute()
                .path("me.email")
                .entity(String.class)
                .isEqualTo(Visitors.ADMIN_EMAIL);
    }

    @Test
    void aShopperCanFillACartInH2() {
        Visitor shopper = Visitor.opened(this.port);
        String headphones = Visitors.productId(shopper, "aria-wireless-headphones");
        String speaker = Visitors.productId(shopper, "pulse-portable-speaker");
        GraphQlTester.Response last = null;
        // A new cart, a new line in it, then a line raised: each write locks the cart row first.
        for (String productId : List.of(headphones, speaker, headphones)) {
            last = shopper.documentName("addToCart")
                    .variable("productId", productId)
                    .variable("quantity", 1)
                    .execute();
            last.path("addToCart.userErrors").entityList(Object.class).hasSize(0);
        }
        last.path("addToCart.cart.totalQuantity").entity(Integer.class).isEqualTo(3);
        last.path("addToCart.cart.lines").entityList(Object.class).hasSize(2);
    }

    @Test
    void everyDemoProductCanBePagedThroughOnce() {
        for (String sort : List.of("NEWEST", "PRICE_ASC", "PRICE_DESC", "TITLE_ASC")) {
            Set<String> seen = new HashSet<>();
            int total = 0;
            String after = null;
            boolean more = true;
            while (more) {
                GraphQlTester.Response page = this.graphQl
                        .document(
                                "query($sort: ProductSort, $after: String) { products(sort: $sort, first: 25, after: $after) "
                                        + "{ nodes { slug category { slug } } totalCount pageInfo { hasNextPage endCursor } } }")
                        .variable("sort", sort)
                        .variable("after", after)
                        .execute();
                List<String> slugs = page.path("products.nodes[*].slug")
                        .entityList(String.class)
                        .get();
                seen.addAll(slugs);
                total += slugs.size();
                more = page.path("products.pageInfo.hasNextPage")
                        .entity(Boolean.class)
                        .get();
                after = page.path("products.pageInfo.endCursor")
                        .entity(String.class)
                        .get();
            }
            assertThat(total).as(sort).isEqualTo(seen.size()).isGreaterThanOrEqualTo(60);
        }
    }
}
