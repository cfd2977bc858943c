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

    /** Writes the given fields onto the product; {@code category} is the one {@code categorySlug} names. */
    void applyTo(Product product, @Nullable Category category) {
        if (this.title() != null) {
            product.setTitle(this.title().strip());
        }
        if (this.slug() != null) {
            product.setSlug(this.slug());
        }
        if (this.description() != null) {
            product.setDescription(this.description());
        }
        if (this.price() != null) {
            product.setPrice(this.price());
        }
        if (this.stock() != null) {
            product.setStock(this.stock());
        }
        if (!this.categorySlug().isOmitted()) {
            product.setCategory(category);
        }
        if (this.tags() != null) {
            product.setTags(ProductRules.normaliseTags(this.tags()));
        }
        if (!this.imageUrl().isOmitted()) {
            product.setImageUrl(
                    this.imageUrl().isPresent() ? this.imageUrl().value().toString() : null);
        }
        if (this.featured() != null) {
            product.setFeatured(this.featured());
        }
        if (this.active() != null) {
            product.setActive(this.active());
        }
    }
}
