package dev.storefront.catalog;

/**
 * The search engine behind {@code ProductFilter.query}, so the whole API has one notion of text
 * matching. Implemented by the search module; the catalog falls back to plain word matching in
 * the database when no implementation is present.
 */
public interface ProductTextSearch {

    /** A page of the products matching the filter (whose query is not blank). */
    ProductConnection products(ProductFilter filter, ProductSort sort, ProductPageRequest page);

    /** How many products match the filter (whose query is not blank). */
    long count(ProductFilter filter);
}
