package dev.storefront.catalog;

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
public record ProductView(long id, String slug, String title, String description, Money price,
		@Nullable String imageUrl, @Nullable Long categoryId, int stock, boolean featured,
		boolean active, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

	public boolean inStock() {
		return this.stock > 0;
	}

}
