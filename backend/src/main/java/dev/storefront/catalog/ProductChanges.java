package dev.storefront.catalog;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.ArgumentValue;

/**
 * Changes to a product (the GraphQL {@code ProductUpdateInput}): null fields keep their value.
 * The category and the image can also be removed, so for them an explicit null (remove) is
 * told apart from an omitted field (keep).
 */
public record ProductChanges(
        @Nullable String title,
        @Nullable String slug,
        @Nullable String description,
        @Nullable BigDecimal price,
        @Nullable Integer stock,
        ArgumentValue<String> categorySlug,
        @Nullable List<String> tags,
        ArgumentValue<URI> imageUrl,
        @Nullable Boolean featured,
        @Nullable Boolean active,
        @Nullable OffsetDateTime expectedUpdatedAt) {

    public ProductChanges {
        categorySlug = (categorySlug != null) ? categorySlug : ArgumentValue.omitted();
        imageUrl = (imageUrl != null) ? imageUrl : ArgumentValue.omitted();
    }
}
