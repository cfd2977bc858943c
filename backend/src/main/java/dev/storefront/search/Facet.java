package dev.storefront.search;

import dev.storefront.catalog.ProductFilter;

/** The facets of a search, each with the filter that selects in it. */
enum Facet {
    CATEGORY,
    PRICE,
    IN_STOCK;

    boolean isSelectedIn(ProductFilter filter) {
        return switch (this) {
            case CATEGORY ->
                filter.categorySlugs() != null && !filter.categorySlugs().isEmpty();
            case PRICE -> filter.minPrice() != null || filter.maxPrice() != null;
            case IN_STOCK -> filter.inStock() != null;
        };
    }
}
