package dev.storefront.search;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.storefront.Answers.PageInfo;
import dev.storefront.Visitor;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.test.tester.GraphQlTester;

/** {@code search} and {@code suggest} as tests send them (documents in {@code graphql-test/}), and the shapes of their answers. */
final class SearchOperations {

    private SearchOperations() {}

    /** {@code search.graphql}; a null filter or cursor is sent as null. */
    static GraphQlTester.Response search(
            Visitor caller, String query, @Nullable Map<String, Object> filter, int first, @Nullable String after) {
        Map<String, @Nullable Object> variables = new HashMap<>();
        variables.put("q", query);
        variables.put("filter", filter);
        variables.put("first", first);
        variables.put("after", after);
        return caller.documentName("search").variables(variables).execute();
    }

    static SearchData searched(Visitor caller, String query, Map<String, Object> filter) {
        return search(caller, query, filter, 50, null)
                .path("search")
                .entity(SearchData.class)
                .get();
    }

    /** {@code suggest.graphql}. */
    static List<SuggestionData> suggest(Visitor caller, String prefix, int limit) {
        return caller.documentName("suggest")
                .variable("prefix", prefix)
                .variable("limit", limit)
                .execute()
                .path("suggest")
                .entityList(SuggestionData.class)
                .get();
    }

    /** {@code SearchResults} as {@code search.graphql} selects it. */
    record SearchData(
            ProductsData products,
            FacetsData facets,
            @Nullable String didYouMean) {

        List<String> slugs() {
            return this.products.nodes().stream().map(SlugData::slug).toList();
        }
    }

    record ProductsData(List<SlugData> nodes, int totalCount, PageInfo pageInfo) {}

    record SlugData(String slug) {}

    record FacetsData(List<CategoryFacetData> categories, List<PriceRangeData> priceRanges, int inStock) {

        /** Category slug → count, in the facet's order. */
        Map<String, Integer> categoryCounts() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            this.categories.forEach((facet) -> counts.put(facet.category().slug(), facet.count()));
            return counts;
        }

        /** "min-max" (plain numbers, or null for an open end) → count, in the facet's order. */
        Map<String, Integer> priceCounts() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            this.priceRanges.forEach(
                    (range) -> counts.put(plain(range.min()) + "-" + plain(range.max()), range.count()));
            return counts;
        }

        private static String plain(@Nullable String amount) {
            return (amount == null)
                    ? "null"
                    : new BigDecimal(amount).stripTrailingZeros().toPlainString();
        }
    }

    record CategoryFacetData(SlugData category, int count) {}

    record PriceRangeData(@Nullable String min, @Nullable String max, int count) {}

    /** {@code Suggestion} as {@code suggest.graphql} selects it. */
    record SuggestionData(String text, @Nullable SlugData product) {}
}
