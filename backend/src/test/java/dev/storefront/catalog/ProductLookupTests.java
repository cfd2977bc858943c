package dev.storefront.catalog;

import java.time.OffsetDateTime;
import java.util.List;

import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code product(id:)}, {@code product(slug:)}, {@code categories} and {@code category(slug:)}. */
@StorefrontTest
class ProductLookupTests {

    @Autowired
    HttpGraphQlTester graphQl;

    @LocalServerPort
    int port;

    @Test
    void productBySlugShowsEveryField() {
        this.graphQl
                .documentName("productBySlug")
                .variable("slug", "chefs-knife")
                .execute()
                .path("product.title")
                .entity(String.class)
                .isEqualTo("Chef's Knife")
                .path("product.price.amount")
                .entity(String.class)
                .isEqualTo("89.00")
                .path("product.price.currencyCode")
                .entity(String.class)
                .isEqualTo("USD")
                .path("product.category.slug")
                .entity(String.class)
                .isEqualTo("kitchen")
                .path("product.category.name")
                .entity(String.class)
                .isEqualTo("Kitchen")
                .path("product.tags")
                .entityList(String.class)
                .containsExactly("gift", "knives")
                .path("product.stock")
                .entity(Integer.class)
                .isEqualTo(5)
                .path("product.inStock")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("product.featured")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("product.active")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("product.imageUrl")
                .entity(String.class)
                .isEqualTo("http://localhost:" + this.port + "/images/products/chefs-knife.svg");
    }

    @Test
    void timestampsAreRfc3339DateTimes() {
        String createdAt = this.graphQl
                .documentName("productBySlug")
                .variable("slug", "chefs-knife")
                .execute()
                .path("product.createdAt")
                .entity(String.class)
                .get();
        assertThat(OffsetDateTime.parse(createdAt)).isBefore(OffsetDateTime.now());
    }

    @Test
    void productByIdFindsTheSameProduct() {
        String id = this.graphQl
                .documentName("productBySlug")
                .variable("slug", "summit-tent")
                .execute()
                .path("product.id")
                .entity(String.class)
                .get();
        this.graphQl
                .documentName("productById")
                .variable("id", id)
                .execute()
                .path("product.slug")
                .entity(String.class)
                .isEqualTo("summit-tent");
    }

    @Test
    void unknownProductIsNull() {
        this.graphQl
                .documentName("productBySlug")
                .variable("slug", "no-such-product")
                .execute()
                .path("product")
                .valueIsNull();
        this.graphQl
                .documentName("productById")
                .variable("id", "987654321")
                .execute()
                .path("product")
                .valueIsNull();
        this.graphQl
                .documentName("productById")
                .variable("id", "not-a-number")
                .execute()
                .path("product")
                .valueIsNull();
    }

    @Test
    void inactiveProductIsHidden() {
        this.graphQl
                .documentName("productBySlug")
                .variable("slug", "retro-toaster")
                .execute()
                .path("product")
                .valueIsNull();
    }

    @Test
    void bothIdAndSlugIsABadRequest() {
        this.graphQl
                .document("{ product(id: \"1\", slug: \"chefs-knife\") { slug } }")
                .execute()
                .errors()
                .expect((error) -> "BAD_REQUEST".equals(error.getErrorType().toString())
                        && error.getMessage().equals("Pass exactly one of id or slug"))
                .verify()
                .path("product")
                .valueIsNull();
    }

    @Test
    void neitherIdNorSlugIsABadRequest() {
        this.graphQl
                .document("{ product { slug } }")
                .execute()
                .errors()
                .expect((error) -> "BAD_REQUEST".equals(error.getErrorType().toString()))
                .verify();
    }

    @Test
    void categoriesCountOnlyActiveProducts() {
        this.graphQl
                .documentName("categories")
                .execute()
                .path("categories[*].slug")
                .entityList(String.class)
                .containsExactly("audio", "kitchen", "outdoor")
                .path("categories[*].productCount")
                .entityList(Integer.class)
                .containsExactly(5, 4, 5);
    }

    @Test
    void aCategoryHasItsOwnDescriptionOrNone() {
        this.graphQl
                .documentName("categories")
                .execute()
                .path("categories[0].description")
                .entity(String.class)
                .isEqualTo("Headphones and speakers for music anywhere.")
                .path("categories[1].description")
                .entity(String.class)
                .isEqualTo("Knives, boards and cookware for everyday cooking.")
                .path("categories[2].slug")
                .entity(String.class)
                .isEqualTo("outdoor")
                .path("categories[2].description")
                .valueIsNull();
        this.graphQl
                .document(
                        "{ category(slug: \"kitchen\") { description } product(slug: \"summit-tent\") { category { description } } }")
                .execute()
                .path("category.description")
                .entity(String.class)
                .isEqualTo("Knives, boards and cookware for everyday cooking.")
                .path("product.category.description")
                .valueIsNull();
    }

    @Test
    void categoryBySlug() {
        this.graphQl
                .document(
                        "{ category(slug: \"outdoor\") { name productCount } missing: category(slug: \"nope\") { name } }")
                .execute()
                .path("category.name")
                .entity(String.class)
                .isEqualTo("Outdoor Gear")
                .path("category.productCount")
                .entity(Integer.class)
                .isEqualTo(5)
                .path("missing")
                .valueIsNull();
    }

    @Test
    void everyProductInAPageHasItsCategory() {
        List<String> categories = this.graphQl
                .documentName("catalogPage")
                .variable("first", 100)
                .execute()
                .path("products.nodes[*].category.slug")
                .entityList(String.class)
                .get();
        assertThat(categories).hasSize(14).containsOnly("audio", "kitchen", "outdoor");
    }
}
