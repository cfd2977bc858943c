package dev.storefront.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import dev.storefront.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A product as the rest of the application sees it: a read-only snapshot. Tags are not part of
 * it: few readers need them, so they are fetched on demand ({@link Catalog#tagsOf}).
 *
 * @param imageUrl an absolute URL, or a path on the shop's own address (e.g.
 *     {@code /images/products/mug.svg})
 */
public record ProductView(
        long id,
        String slug,
        String title,
        String description,
        Money price,
        @Nullable String imageUrl,
        @Nullable Long categoryId,
        int stock,
        boolean featured,
        boolean active,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /**
     * What a shopper is told of a product that went off sale: its id, and that it is unavailable
     * ({@code active} false, no stock). Nothing else of it: no title, price, image, category or
     * tags (empty, zero or none), since shoppers see no product that is off sale.
     */
    static ProductView withheld(long id, String currency, OffsetDateTime at) {
        return new ProductView(
                id, "", "", "", new Money(BigDecimal.ZERO.setScale(2), currency), null, null, 0, false, false, at, at);
    }

    public boolean inStock() {
        return this.stock > 0;
    }

    /** Whether this is only what a shopper may know of a product off sale ({@link #withheld}). */
    boolean isWithheld() {
        return this.slug.isEmpty();
    }
}
