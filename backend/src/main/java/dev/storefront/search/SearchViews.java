package dev.storefront.search;

import java.math.BigDecimal;
import java.util.List;

import dev.storefront.catalog.CategoryView;
import dev.storefront.catalog.ProductConnection;
import dev.storefront.catalog.ProductFilter;
import dev.storefront.catalog.ProductView;
import org.jspecify.annotations.Nullable;

/** The records the search API answers with. */
final class SearchViews {

    private SearchViews() {}

    /** Search results; facets and the spelling suggestion are worked out only when asked for. */
    record SearchResults(ProductConnection products, SearchText text, ProductFilter filter, long total) {}

    record SearchFacets(List<CategoryFacet> categories, List<PriceRangeFacet> priceRanges, long inStock) {}

    record CategoryFacet(CategoryView category, long count) {}

    record PriceRangeFacet(
            @Nullable BigDecimal min, @Nullable BigDecimal max, long count) {}

    record Suggestion(
            String text,
            @Nullable ProductView product,
            @Nullable CategoryView category) {}
}
