/**
 * The catalog: products and categories, their named lookups, and the read API over them.
 * Other modules use {@link dev.storefront.catalog.Catalog} and its views only.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"shared", "live"})
package dev.storefront.catalog;
