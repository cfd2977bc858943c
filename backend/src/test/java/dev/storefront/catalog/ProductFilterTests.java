package dev.storefront.catalog;

import java.util.List;
import java.util.Map;

import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each filter of {@code products}, alone and combined, against the hand-checked answers in
 * {@code test-catalog.md}. The inactive {@code retro-toaster} (featured, in stock, 65.00) must
 * never show up.
 */
@StorefrontTest
class ProductFilterTests {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void withoutFilterListsEveryActiveProductButNoInactiveOne() {
        assertThat(slugs(Map.of())).hasSize(14).doesNotContain("retro-toaster");
    }

    @Test
    void categoryFilterListsOnlyThatCategory() {
        assertThat(slugs(Map.of("categorySlugs", List.of("audio"))))
                .containsExactlyInAnyOrder(
                        "aria-wireless-headphones",
                        "pulse-portable-speaker",
                        "studio-earbuds",
                        "igo-travel-radio",
                        "vinyl-turntable");
    }

    @Test
    void severalCategoriesListTheProductsOfAnyOfThem() {
        assertThat(slugs(Map.of("categorySlugs", List.of("audio", "kitchen"))))
                .containsExactlyInAnyOrder(
                        "aria-wireless-headphones",
                        "pulse-portable-speaker",
                        "studio-earbuds",
                        "igo-travel-radio",
                        "vinyl-turntable",
                        "bamboo-cutting-board",
                        "chefs-knife",
                        "cafe-espresso-cups",
                        "cast-iron-skillet");
    }

    @Test
    void unknownCategoryListsNothing() {
        assertThat(slugs(Map.of("categorySlugs", List.of("no-such-category")))).isEmpty();
    }

    @Test
    void minimumPriceIsInclusive() {
        assertThat(slugs(Map.of("minPrice", "49.00")))
                .containsExactlyInAnyOrder(
                        "aria-wireless-headphones",
                        "pulse-portable-speaker",
                        "studio-earbuds",
                        "vinyl-turntable",
                        "chefs-knife",
                        "cast-iron-skillet",
                        "summit-tent",
                        "trail-backpack",
                        "trekking-poles");
    }

    @Test
    void maximumPriceIsInclusive() {
        assertThat(slugs(Map.of("maxPrice", "49.00")))
                .containsExactlyInAnyOrder(
                        "pulse-portable-speaker",
                        "igo-travel-radio",
                        "bamboo-cutting-board",
                        "cafe-espresso-cups",
                        "cast-iron-skillet",
                        "picnic-plate-set",
                        "insulated-bottle");
    }

    @Test
    void priceRangeKeepsBothEnds() {
        assertThat(slugs(Map.of("minPrice", 20, "maxPrice", "100")))
                .containsExactlyInAnyOrder(
                        "pulse-portable-speaker",
                        "studio-earbuds",
                        "bamboo-cutting-board",
                        "chefs-knife",
                        "cafe-espresso-cups",
                        "cast-iron-skillet",
                        "trail-backpack",
                        "picnic-plate-set",
                        "trekking-poles");
    }

    @Test
    void featuredTrueListsOnlyFeaturedProducts() {
        assertThat(slugs(Map.of("featured", true)))
                .containsExactlyInAnyOrder("aria-wireless-headphones", "vinyl-turntable", "chefs-knife");
    }

    @Test
    void featuredFalseListsTheOthers() {
        assertThat(slugs(Map.of("featured", false)))
                .containsExactlyInAnyOrder(
                        "pulse-portable-speaker",
                        "studio-earbuds",
                        "igo-travel-radio",
                        "bamboo-cutting-board",
                        "cafe-espresso-cups",
                        "cast-iron-skillet",
                        "summit-tent",
                        "trail-backpack",
                        "picnic-plate-set",
                        "insulated-bottle",
                        "trekking-poles");
    }

    @Test
    void inStockTrueListsProductsWithStock() {
        assertThat(slugs(Map.of("inStock", true)))
                .containsExactlyInAnyOrder(
                        "aria-wireless-headphones",
                        "studio-earbuds",
                        "igo-travel-radio",
                        "vinyl-turntable",
                        "bamboo-cutting-board",
                        "chefs-knife",
                        "cast-iron-skillet",
                        "summit-tent",
                        "picnic-plate-set",
                        "insulated-bottle",
                        "trekking-poles");
    }

    @Test
    void inStockFalseListsSoldOutProducts() {
        assertThat(slugs(Map.of("inStock", false)))
                .containsExactlyInAnyOrder("pulse-portable-speaker", "cafe-espresso-cups", "trail-backpack");
    }

    @Test
    void textMatchesTitleDescriptionAndTags() {
        // "bamboo" is in one title, one other product's description and a third one's tags.
        assertThat(slugs(Map.of("query", "bamboo")))
                .containsExactlyInAnyOrder("igo-travel-radio", "bamboo-cutting-board", "picnic-plate-set");
    }

    @Test
    void textMatchIgnoresCase() {
        assertThat(slugs(Map.of("query", "BAMBOO")))
                .containsExactlyInAnyOrder("igo-travel-radio", "bamboo-cutting-board", "picnic-plate-set");
    }

    @Test
    void textMatchesTheCategoryName() {
        // Only the category "Outdoor Gear" says "gear".
        assertThat(slugs(Map.of("query", "gear")))
                .containsExactlyInAnyOrder(
                        "summit-tent", "trail-backpack", "picnic-plate-set", "insulated-bottle", "trekking-poles");
    }

    @Test
    void everyWordOfTheTextMustMatch() {
        assertThat(slugs(Map.of("query", "bamboo gear"))).containsExactly("picnic-plate-set");
    }

    @Test
    void likeWildcardsInTheTextMatchOnlyThemselves() {
        assertThat(slugs(Map.of("query", "%"))).isEmpty();
        assertThat(slugs(Map.of("query", "_"))).isEmpty();
    }

    @Test
    void blankTextFiltersNothing() {
        assertThat(slugs(Map.of("query", "   "))).hasSize(14);
    }

    @Test
    void filtersCombine() {
        assertThat(slugs(Map.of("categorySlugs", List.of("outdoor"), "inStock", true, "maxPrice", "100")))
                .containsExactlyInAnyOrder("picnic-plate-set", "insulated-bottle", "trekking-poles");
    }

    @Test
    void totalCountCountsTheWholeFilteredListNotThePage() {
        this.graphQl
                .documentName("products")
                .variable("filter", Map.of("categorySlugs", List.of("audio", "kitchen")))
                .variable("first", 2)
                .execute()
                .path("products.nodes")
                .entityList(Object.class)
                .hasSize(2)
                .path("products.totalCount")
                .entity(Integer.class)
                .isEqualTo(9);
    }

    @Test
    void minimumAboveMaximumIsABadRequest() {
        this.graphQl
                .documentName("products")
                .variable("filter", Map.of("minPrice", "50", "maxPrice", "10"))
                .execute()
                .errors()
                .expect((error) -> "BAD_REQUEST".equals(error.getErrorType().toString())
                        && error.getMessage().contains("minPrice"))
                .verify();
    }

    @Test
    void overlongTextIsABadRequest() {
        this.graphQl
                .documentName("products")
                .variable("filter", Map.of("query", "a".repeat(201)))
                .execute()
                .errors()
                .expect((error) -> "BAD_REQUEST".equals(error.getErrorType().toString()))
                .verify();
    }

    private List<String> slugs(Map<String, Object> filter) {
        return this.graphQl
                .documentName("products")
                .variable("filter", filter)
                .variable("first", 100)
                .execute()
                .path("products.nodes[*].slug")
                .entityList(String.class)
                .get();
    }
}
