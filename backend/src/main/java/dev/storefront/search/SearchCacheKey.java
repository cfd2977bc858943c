package dev.storefront.search;

import java.util.List;

import dev.storefront.catalog.ProductFilter;
import dev.storefront.catalog.ProductPageRequest;
import dev.storefront.catalog.ProductSort;
import dev.storefront.shared.Caches;
import org.jspecify.annotations.Nullable;

/**
 * What a cached search answer depends on: which part of the answer (a page, the facets or the
 * spelling suggestion), the query as the engine reads it ({@link SearchText}: case, punctuation
 * and stop words aside, so "Lamp!" and "the lamp" share an answer), the filter without its text,
 * for pages also the sort and the page, and who asked: an admin's answer is never a shopper's.
 * Facets and the suggestion don't depend on the sort or the page, so every page of a search
 * shares them. The type-ahead's suggestions depend on the prefix as read and how many are asked for.
 */
record SearchCacheKey(
        Part part,
        SearchText text,
        ProductFilter filter,
        @Nullable ProductSort sort,
        @Nullable ProductPageRequest page,
        boolean admin,
        int limit) {

    enum Part {
        PAGE,
        FACETS,
        DID_YOU_MEAN,
        SUGGESTIONS
    }

    static SearchCacheKey page(
            SearchText text, ProductFilter filter, ProductSort sort, ProductPageRequest page, boolean admin) {
        return new SearchCacheKey(Part.PAGE, text, withoutText(filter), sort, page, admin, 0);
    }

    static SearchCacheKey of(Part part, SearchText text, ProductFilter filter, boolean admin) {
        return new SearchCacheKey(part, text, withoutText(filter), null, null, admin, 0);
    }

    /** The type-ahead's answer: the same for whoever asks (it lists products on sale only). */
    static SearchCacheKey suggestions(SearchText prefix, int limit) {
        return new SearchCacheKey(Part.SUGGESTIONS, prefix, ProductFilter.NONE, null, null, false, limit);
    }

    /**
     * The filter with its text left out (the key holds it as the engine reads it) and its
     * categories in one order, as they match alike in any.
     */
    private static ProductFilter withoutText(ProductFilter filter) {
        List<String> slugs = (filter.categorySlugs() != null)
                ? filter.categorySlugs().stream().distinct().sorted().toList()
                : null;
        return new ProductFilter(
                null,
                slugs,
                filter.minPrice(),
                filter.maxPrice(),
                filter.featured(),
                filter.inStock(),
                filter.includeInactive());
    }

    /** The heap the key takes, in estimated bytes: strings and lists by their length. */
    int bytes() {
        int decimals = ((this.filter.minPrice() != null) ? 1 : 0) + ((this.filter.maxPrice() != null) ? 1 : 0);
        return 3 * Caches.OBJECT_BYTES
                + Caches.bytesOf(this.text.text())
                + Caches.bytesOf(this.text.words())
                + Caches.bytesOf(this.text.unknown())
                + Caches.bytesOf(this.filter.categorySlugs())
                + decimals * Caches.OBJECT_BYTES
                + ((this.page != null) ? Caches.OBJECT_BYTES + Caches.bytesOf(this.page.cursor()) : 0);
    }
}
