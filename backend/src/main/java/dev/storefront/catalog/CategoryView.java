package dev.storefront.catalog;

import org.jspecify.annotations.Nullable;

/** A category as the rest of the application sees it; {@code description} is null when it has none. */
public record CategoryView(
        long id, String slug, String name, @Nullable String description) {}
