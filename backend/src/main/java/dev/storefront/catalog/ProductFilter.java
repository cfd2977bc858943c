package dev.storefront.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Narrows a product list; every given condition must hold. Mirrors the GraphQL input. */
public record ProductFilter(@Nullable String query, @Nullable List<String> categorySlugs,
		@Nullable BigDecimal minPrice, @Nullable BigDecimal maxPrice, @Nullable Boolean featured,
		@Nullable Boolean inStock, @Nullable Boolean includeInactive) {

	/** No filter: every product on sale. */
	public static final ProductFilter NONE = new ProductFilter(null, null, null, null, null, null, null);

	public boolean includesInactive() {
		return Boolean.TRUE.equals(this.includeInactive);
	}

}
