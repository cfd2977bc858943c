package dev.storefront.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sort orders of {@code products} and cursor pagination through them, forward and backward,
 * against the hand-checked orders in {@code test-catalog.md}.
 */
@StorefrontTest
class ProductPaginationTests {

    static final Map<String, List<String>> EXPECTED_ORDER = Map.of(
            "NEWEST",
                    List.of(
                            "aria-wireless-headphones",
                            "summit-tent",
                            "bamboo-cutting-board",
                            "pulse-portable-speaker",
                            "chefs-knife",
                            "picnic-plate-set",
                            "cafe-espresso-cups",
                            "studio-earbuds",
                            "cast-iron-skillet",
                            "igo-travel-radio",
                            "trail-backpack",
                            "vinyl-turntable",
                            "insulated-bottle",
                            "trekking-poles"),
            "PRICE_ASC",
                    List.of(
                            "insulated-bottle",
                            "igo-travel-radio",
                            "cafe-espresso-cups",
                            "bamboo-cutting-board",
                            "picnic-plate-set",
                            "pulse-portable-speaker",
                            "cast-iron-skillet",
                            "trekking-poles",
                            "chefs-knife",
                            "trail-backpack",
                            "studio-earbuds",
                            "aria-wireless-headphones",
                            "vinyl-turntable",
                            "summit-tent"),
            "PRICE_DESC",
                    List.of(
                            "summit-tent",
                            "vinyl-turntable",
                            "aria-wireless-headphones",
                            "studio-earbuds",
                            "trail-backpack",
                            "chefs-knife",
                            "trekking-poles",
                            "cast-iron-skillet",
                            "pulse-portable-speaker",
                            "picnic-plate-set",
                            "bamboo-cutting-board",
                            "cafe-espresso-cups",
                            "igo-travel-radio",
                            "insulated-bottle"),
            "TITLE_ASC",
                    List.of(
                            "aria-wireless-headphones",
                            "bamboo-cutting-board",
                            "cafe-espresso-cups",
                            "cast-iron-skillet",
                            "chefs-knife",
                            "igo-travel-radio",
                            "insulated-bottle",
                            "picnic-plate-set",
                            "pulse-portable-speaker",
                            "studio-earbuds",
                            "summit-tent",
                            "trail-backpack",
                            "trekking-poles",
                            "vinyl-turntable"));

    @Autowired
    HttpGraphQlTester graphQl;

    @ParameterizedTest
    @EnumSource(value = ProductSort.class, names = "RELEVANCE", mode = EnumSource.Mode.EXCLUDE)
    void eachSortOrdersTheWholeCatalogWithIdTiebreaks(ProductSort sort) {
        List<String> slugs = request(sort)
                .variable("first", 100)
                .execute()
                .path("products.nodes[*].slug")
                .entityList(String.class)
                .get();
        assertThat(slugs).containsExactlyElementsOf(EXPECTED_ORDER.get(sort.name()));
    }

    @Test
    void newestIsTheDefaultSort() {
        List<String> slugs = this.graphQl
                .documentName("products")
                .variable("first", 100)
                .execute()
                .path("products.nodes[*].slug")
                .entityList(String.class)
                .get();
        assertThat(slugs).containsExactlyElementsOf(EXPECTED_ORDER.get("NEWEST"));
    }

    @ParameterizedTest
    @EnumSource(value = ProductSort.class, names = "RELEVANCE", mode = EnumSource.Mode.EXCLUDE)
    void pagingForwardSeesEveryProductOnceInOrder(ProductSort sort) {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        int pages = 0;
        while (hasNext) {
            GraphQlTester.Response page =
                    request(sort).variable("first", 3).variable("after", after).execute();
            seen.addAll(
                    page.path("products.nodes[*].slug").entityList(String.class).get());
            page.path("products.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
            hasNext = page.path("products.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            after = page.path("products.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
            pages++;
        }
        assertThat(pages).isEqualTo(5);
        assertThat(seen).containsExactlyElementsOf(EXPECTED_ORDER.get(sort.name()));
    }

    @ParameterizedTest
    @EnumSource(value = ProductSort.class, names = "RELEVANCE", mode = EnumSource.Mode.EXCLUDE)
    void pagingBackwardFromTheEndSeesEveryProductOnceInOrder(ProductSort sort) {
        List<List<String>> pages = new ArrayList<>();
        String before = null;
        boolean hasPrevious = true;
        while (hasPrevious) {
            GraphQlTester.Response page =
                    request(sort).variable("last", 4).variable("before", before).execute();
            pages.add(
                    page.path("products.nodes[*].slug").entityList(String.class).get());
            page.path("products.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(before != null);
            hasPrevious = page.path("products.pageInfo.hasPreviousPage")
                    .entity(Boolean.class)
                    .get();
            before = page.path("products.pageInfo.startCursor")
                    .entity(String.class)
                    .get();
        }
        Collections.reverse(pages);
        assertThat(pages).hasSize(4);
        assertThat(pages.stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(EXPECTED_ORDER.get(sort.name()));
    }

    @Test
    void aPageBeforeACursorEndsRightBeforeIt() {
        List<String> cursors = request(ProductSort.PRICE_ASC)
                .variable("first", 100)
                .execute()
                .path("products.edges[*].cursor")
                .entityList(String.class)
                .get();
        List<String> slugs = request(ProductSort.PRICE_ASC)
                .variable("last", 3)
                .variable("before", cursors.get(7))
                .execute()
                .path("products.nodes[*].slug")
                .entityList(String.class)
                .get();
        assertThat(slugs)
                .containsExactlyElementsOf(EXPECTED_ORDER.get("PRICE_ASC").subList(4, 7));
    }

    @Test
    void filtersAndCursorsCombine() {
        String after = request(ProductSort.PRICE_ASC)
                .variable("filter", Map.of("categorySlugs", List.of("kitchen")))
                .variable("first", 2)
                .execute()
                .path("products.pageInfo.endCursor")
                .entity(String.class)
                .get();
        request(ProductSort.PRICE_ASC)
                .variable("filter", Map.of("categorySlugs", List.of("kitchen")))
                .variable("first", 10)
                .variable("after", after)
                .execute()
                .path("products.nodes[*].slug")
                .entityList(String.class)
                .containsExactly("cast-iron-skillet", "chefs-knife")
                .path("products.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(false);
    }

    @Test
    void anEmptyPageHasNoCursors() {
        request(ProductSort.NEWEST)
                .variable("filter", Map.of("categorySlugs", List.of("no-such-category")))
                .execute()
                .path("products.edges")
                .entityList(Object.class)
                .hasSize(0)
                .path("products.pageInfo.startCursor")
                .valueIsNull()
                .path("products.pageInfo.endCursor")
                .valueIsNull()
                .path("products.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(false);
    }

    @Test
    void aCursorFromAnotherSortIsABadRequest() {
        String newestCursor = request(ProductSort.NEWEST)
                .variable("first", 1)
                .execute()
                .path("products.pageInfo.endCursor")
                .entity(String.class)
                .get();
        expectBadRequest(request(ProductSort.PRICE_ASC).variable("after", newestCursor), "another sort");
    }

    @Test
    void aForgedCursorIsABadRequest() {
        expectBadRequest(request(ProductSort.NEWEST).variable("after", "not-a-cursor!"), "Invalid cursor");
        expectBadRequest(
                request(ProductSort.NEWEST).variable("after", encode("v1|NEWEST|12|yesterday")), "Invalid cursor");
        expectBadRequest(
                request(ProductSort.PRICE_ASC).variable("after", encode("v1|PRICE_ASC|x|10.00")), "Invalid cursor");
        expectBadRequest(
                request(ProductSort.PRICE_ASC).variable("before", encode("v9|PRICE_ASC|1|10.00")), "Invalid cursor");
    }

    @Test
    void aCursorWhoseKeyIsOutOfRangeIsABadRequestBeforeAnyQuery() {
        List<String> forged = List.of(
                "v1|PRICE_ASC|1|1E+10000000",
                "v1|PRICE_ASC|1|12345678901.00",
                "v1|PRICE_ASC|1|10.001",
                "v1|PRICE_ASC|0|10.00",
                "v1|PRICE_ASC|-5|10.00",
                "v1|PRICE_ASC|99999999999999999999|10.00",
                "v1|NEWEST|1|+999999999-12-31T23:59:59Z",
                "v1|NEWEST|1|0001-01-01T00:00:00Z",
                "v1|TITLE_ASC|1|" + "x".repeat(201));
        for (String plain : forged) {
            ProductSort sort = ProductSort.valueOf(plain.split("\\|")[1]);
            request(sort)
                    .variable("after", encode(plain))
                    .execute()
                    .errors()
                    .expect((error) -> "BAD_REQUEST".equals(error.getErrorType().toString())
                            && error.getMessage().startsWith("Invalid cursor")
                            && !error.getMessage().contains(plain.substring(plain.lastIndexOf('|') + 1)))
                    .verify();
        }
    }

    @Test
    void pageSizeIsAtMostOneHundred() {
        expectBadRequest(request(ProductSort.NEWEST).variable("first", 101), "between 1 and 100");
        expectBadRequest(request(ProductSort.NEWEST).variable("last", 101), "between 1 and 100");
        request(ProductSort.NEWEST)
                .variable("first", 100)
                .execute()
                .path("products.nodes")
                .entityList(Object.class)
                .hasSize(14);
    }

    @Test
    void relevanceNeedsATextQuery() {
        expectBadRequest(request(ProductSort.RELEVANCE), "RELEVANCE");
    }

    @Test
    void pageSizeIsAtLeastOne() {
        expectBadRequest(request(ProductSort.NEWEST).variable("first", 0), "between 1 and 100");
        expectBadRequest(request(ProductSort.NEWEST).variable("first", -5), "between 1 and 100");
    }

    @Test
    void forwardAndBackwardArgumentsDoNotMix() {
        expectBadRequest(request(ProductSort.NEWEST).variable("first", 2).variable("last", 2), "not both");
        expectBadRequest(
                request(ProductSort.NEWEST).variable("first", 2).variable("before", encode("x")), "Page backward");
    }

    private GraphQlTester.Request<?> request(ProductSort sort) {
        return this.graphQl.documentName("products").variable("sort", sort.name());
    }

    private static void expectBadRequest(GraphQlTester.Request<?> request, String messagePart) {
        request.execute()
                .errors()
                .expect((error) -> "BAD_REQUEST".equals(error.getErrorType().toString())
                        && error.getMessage().contains(messagePart))
                .verify();
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
