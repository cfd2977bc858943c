package dev.storefront.catalog;

import java.math.BigDecimal;
import java.util.List;

import dev.storefront.shared.BadRequestException;
import dev.storefront.shared.InputLimits;
import org.jspecify.annotations.Nullable;

/** Narrows a product list; every given condition must hold. Mirrors the GraphQL input. */
public record ProductFilter(
        @Nullable String query,
        @Nullable List<String> categorySlugs,
        @Nullable BigDecimal minPrice,
        @Nullable BigDecimal maxPrice,
        @Nullable Boolean featured,
        @Nullable Boolean inStock,
        @Nullable Boolean includeInactive) {

    /** No filter: every product on sale. */
    public static final ProductFilter NONE = new ProductFilter(null, null, null, null, null, null, null);

    public boolean includesInactive() {
        return Boolean.TRUE.equals(this.includeInactive);
    }

    /**
     * Refuses, with a BAD_REQUEST naming the field and the rule, a filter that no lookup or cache
     * should see: too many or too long category slugs, or a price range that is empty. The text
     * query's length is the caller's to check, as {@code search} cuts it and a list refuses it.
     */
    public void check() {
        if (this.categorySlugs != null && this.categorySlugs.size() > InputLimits.MAX_CATEGORY_SLUGS) {
            throw new BadRequestException(
                    "filter.categorySlugs may name at most " + InputLimits.MAX_CATEGORY_SLUGS + " categories");
        }
        InputLimits.requireEachAtMost(InputLimits.MAX_SLUG, "filter.categorySlugs", this.categorySlugs);
        if (this.minPrice != null && this.maxPrice != null && this.minPrice.compareTo(this.maxPrice) > 0) {
            throw new BadRequestException("filter.minPrice must not be greater than filter.maxPrice");
        }
    }
}
