package dev.storefront.catalog;

import dev.storefront.shared.InputLimits;
import dev.storefront.shared.SpaPageCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static dev.storefront.catalog.ProductSpecifications.active;
import static dev.storefront.catalog.ProductSpecifications.withSlug;

/**
 * The catalog's pages in the SPA: {@code /products/<slug>} and {@code /category/<slug>}. A
 * product's page costs one indexed existence query; a category's page is answered from the
 * category cache. A slug longer than any slug is missing without a query.
 */
@Component
class CatalogPages implements SpaPageCheck {

    private static final String PRODUCT = "/products/";

    private static final String CATEGORY = "/category/";

    private final ProductRepository products;

    private final Catalog catalog;

    CatalogPages(ProductRepository products, Catalog catalog) {
        this.products = products;
        this.catalog = catalog;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMissing(String path) {
        String productSlug = slugAfter(PRODUCT, path);
        if (productSlug != null) {
            return tooLong(productSlug) || !this.products.exists(active().and(withSlug(productSlug)));
        }
        String categorySlug = slugAfter(CATEGORY, path);
        if (categorySlug != null) {
            return tooLong(categorySlug) || this.catalog.category(categorySlug).isEmpty();
        }
        return false;
    }

    /** The one segment after the prefix, or null when the path is not prefix + one segment. */
    private static @Nullable String slugAfter(String prefix, String path) {
        if (!path.startsWith(prefix)) {
            return null;
        }
        String slug = path.substring(prefix.length());
        return (slug.isEmpty() || slug.indexOf('/') >= 0) ? null : slug;
    }

    private static boolean tooLong(String slug) {
        return slug.length() > InputLimits.MAX_SLUG;
    }
}
