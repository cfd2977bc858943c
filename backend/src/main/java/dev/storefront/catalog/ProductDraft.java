package dev.storefront.catalog;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A new product, as an admin described it (the GraphQL {@code ProductInput}). */
public record ProductDraft(
        String title,
        @Nullable String slug,
        String description,
        BigDecimal price,
        int stock,
        @Nullable String categorySlug,
        @Nullable List<String> tags,
        @Nullable URI imageUrl,
        @Nullable Boolean featured,
        @Nullable Boolean active) {}
