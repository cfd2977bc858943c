package dev.storefront.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks an admin's new product or changes against {@link ProductRules} and the catalog (the
 * category exists, the slug is free), and finds the category they name.
 */
@Component
class ProductInputChecks {

    private final ProductRepository products;

    private final CategoryRepository categories;

    ProductInputChecks(ProductRepository products, CategoryRepository categories) {
        this.products = products;
        this.categories = categories;
    }

    Checked draft(ProductDraft draft) {
        List<UserError> errors = new ArrayList<>();
        ProductRules.title(draft.title(), errors);
        ProductRules.description(draft.description(), errors);
        ProductRules.price(draft.price(), errors);
        ProductRules.stock(draft.stock(), errors);
        if (draft.tags() != null) {
            ProductRules.tags(draft.tags(), errors);
        }
        if (draft.imageUrl() != null) {
            ProductRules.imageUrl(draft.imageUrl(), errors);
        }
        if (draft.slug() != null) {
            ProductRules.slug(draft.slug(), errors);
        }
        Category category = (draft.categorySlug() != null) ? category(draft.categorySlug(), errors) : null;
        if (errors.isEmpty() && draft.slug() != null && this.products.existsBySlug(draft.slug())) {
            errors.add(slugTaken());
        }
        return new Checked(errors, category);
    }

    Checked changes(Product product, ProductChanges changes) {
        List<UserError> errors = new ArrayList<>();
        if (changes.title() != null) {
            ProductRules.title(changes.title(), errors);
        }
        if (changes.slug() != null) {
            ProductRules.slug(changes.slug(), errors);
        }
        if (changes.description() != null) {
            ProductRules.description(changes.description(), errors);
        }
        if (changes.price() != null) {
            ProductRules.price(changes.price(), errors);
        }
        if (changes.stock() != null) {
            ProductRules.stock(changes.stock(), errors);
        }
        if (changes.tags() != null) {
            ProductRules.tags(changes.tags(), errors);
        }
        if (changes.imageUrl().isPresent()) {
            ProductRules.imageUrl(changes.imageUrl().value(), errors);
        }
        Category category = changes.categorySlug().isPresent()
                ? category(changes.categorySlug().value(), errors)
                : null;
        if (errors.isEmpty()
                && changes.slug() != null
                && !changes.slug().equals(product.getSlug())
                && this.products.existsBySlug(changes.slug())) {
            errors.add(slugTaken());
        }
        return new Checked(errors, category);
    }

    static UserError slugTaken() {
        return UserError.of(UserErrorCode.SLUG_TAKEN, "Another product has this slug already", "input", "slug");
    }

    private @Nullable Category category(String slug, List<UserError> errors) {
        if (!ProductRules.categorySlug(slug, errors)) {
            return null;
        }
        Optional<Category> category = this.categories.findBySlug(slug);
        if (category.isEmpty()) {
            errors.add(ProductRules.invalid("categorySlug", "No category has this slug"));
        }
        return category.orElse(null);
    }

    /** The input's problems (none: it may be written), and the category it names, if any. */
    record Checked(List<UserError> errors, @Nullable Category category) {}
}
