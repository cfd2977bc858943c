/**
 * Search: relevance-ranked full-text search over the catalog's index with typo tolerance,
 * facets, spelling suggestions and type-ahead. Other modules use {@link dev.storefront.search.ProductSearch}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"shared", "catalog"})
package dev.storefront.search;
