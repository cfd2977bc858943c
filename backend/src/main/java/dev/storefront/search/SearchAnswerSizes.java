package dev.storefront.search;

import java.util.List;
import java.util.Optional;

import dev.storefront.catalog.ProductConnection;
import dev.storefront.catalog.ProductView;
import dev.storefront.shared.Caches;

import static dev.storefront.search.SearchViews.SearchFacets;
import static dev.storefront.search.SearchViews.SearchResults;
import static dev.storefront.search.SearchViews.Suggestion;

/**
 * The heap a cached search answer takes, in estimated bytes, for the cache's weight bound: each
 * object at {@link Caches#OBJECT_BYTES}, strings by their length. Category views in facets are
 * the category cache's own objects, so they count as a reference only.
 */
final class SearchAnswerSizes {

    /** A product view's objects besides its strings: the record, its price, id box and dates. */
    private static final int PRODUCT_OBJECTS = 10;

    private SearchAnswerSizes() {}

    static int bytesOf(Object answer) {
        long bytes;
        if (answer instanceof SearchResults results) {
            bytes = bytesOf(results.products()) + 2 * Caches.OBJECT_BYTES;
        } else if (answer instanceof SearchFacets facets) {
            bytes = 2 * Caches.OBJECT_BYTES
                    + (long) (facets.categories().size() + facets.priceRanges().size()) * 2 * Caches.OBJECT_BYTES;
        } else if (answer instanceof List<?> suggestions) {
            bytes = Caches.OBJECT_BYTES;
            for (Object element : suggestions) {
                Suggestion suggestion = (Suggestion) element;
                bytes += 2 * Caches.OBJECT_BYTES
                        + Caches.bytesOf(suggestion.text())
                        + ((suggestion.product() != null) ? bytesOf(suggestion.product()) : 0);
            }
        } else if (answer instanceof Optional<?> suggestion) {
            bytes = Caches.OBJECT_BYTES + Caches.bytesOf((String) suggestion.orElse(null));
        } else {
            throw new IllegalArgumentException("Not a search answer: " + answer.getClass());
        }
        return (int) Math.min(bytes, Integer.MAX_VALUE);
    }

    private static long bytesOf(ProductConnection page) {
        long bytes = 4L * Caches.OBJECT_BYTES;
        for (ProductConnection.ProductEdge edge : page.edges()) {
            bytes += Caches.OBJECT_BYTES + Caches.bytesOf(edge.cursor()) + bytesOf(edge.node());
        }
        return bytes;
    }

    static long bytesOf(ProductView product) {
        return PRODUCT_OBJECTS * Caches.OBJECT_BYTES
                + Caches.bytesOf(product.slug())
                + Caches.bytesOf(product.title())
                + Caches.bytesOf(product.description())
                + Caches.bytesOf(product.imageUrl());
    }
}
