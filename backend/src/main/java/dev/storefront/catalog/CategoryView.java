package dev.storefront.catalog;

/** A category as the rest of the application sees it. */
public record CategoryView(long id, String slug, String name) {
}
