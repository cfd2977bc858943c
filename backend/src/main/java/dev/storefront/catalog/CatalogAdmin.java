package dev.storefront.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.storefront.shared.InputLimits;
import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import static dev.storefront.catalog.ProductSpecifications.withId;
import static dev.storefront.catalog.ProductSpecifications.withSlug;

/**
 * Managing the catalog: for admins only, enforced here with method security whatever calls
 * it. Input problems come back as user errors and nothing is written.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CatalogAdmin {

    private static final int MAX_SLUG_SUFFIX = 50;

    private final Catalog catalog;

    private final ProductRepository products;

    private final CategoryRepository categories;

    private final Clock clock;

    private final ProductCounts counts;

    CatalogAdmin(
            Catalog catalog,
            ProductRepository products,
            CategoryRepository categories,
            Clock clock,
            ProductCounts counts) {
        this.catalog = catalog;
        this.products = products;
        this.categories = categories;
        this.clock = clock;
        this.counts = counts;
    }

    /** A product whether on sale or not. */
    @Transactional(readOnly = true)
    public Optional<ProductView> product(long id) {
        return this.products.findOne(withId(id)).map(this.catalog::view);
    }

    @Transactional(readOnly = true)
    public Optional<ProductView> productBySlug(String slug) {
        InputLimits.requireAtMost(InputLimits.MAX_SLUG, "slug", slug);
        return this.products.findOne(withSlug(slug)).map(this.catalog::view);
    }

    /** A page of products including those off sale when the filter asks for them. */
    @Transactional(readOnly = true)
    public ProductConnection products(ProductFilter filter, ProductSort sort, ProductPageRequest page) {
        return this.catalog.page(filter, sort, page);
    }

    @Transactional
    public ProductPayload create(ProductDraft draft) {
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
        if (!errors.isEmpty()) {
            return ProductPayload.failed(errors);
        }
        String slug = (draft.slug() != null) ? draft.slug() : freeSlug(ProductRules.slugOf(draft.title()));
        Product product = new Product(
                slug,
                draft.title().strip(),
                draft.description(),
                draft.price(),
                category,
                draft.stock(),
                this.clock.instant());
        if (draft.tags() != null) {
            product.setTags(ProductRules.normaliseTags(draft.tags()));
        }
        product.setImageUrl((draft.imageUrl() != null) ? draft.imageUrl().toString() : null);
        product.setFeatured(Boolean.TRUE.equals(draft.featured()));
        product.setActive(!Boolean.FALSE.equals(draft.active()));
        return save(product);
    }

    @Transactional
    public ProductPayload update(long id, ProductChanges changes) {
        Optional<Product> found = this.products.findOne(withId(id));
        if (found.isEmpty()) {
            return ProductPayload.failed(List.of(notFound(id)));
        }
        Product product = found.get();
        if (changes.expectedUpdatedAt() != null
                && !changes.expectedUpdatedAt().toInstant().equals(product.getUpdatedAt())) {
            return ProductPayload.failed(List.of(stale()));
        }
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
        if (!errors.isEmpty()) {
            return ProductPayload.failed(errors);
        }
        apply(product, changes, category);
        product.touch(this.clock.instant());
        return save(product);
    }

    /** Archives the product: off sale at once, still there for the carts that hold it. */
    @Transactional
    public DeleteProductPayload delete(long id) {
        Optional<Product> found = this.products.findOne(withId(id));
        if (found.isEmpty()) {
            return new DeleteProductPayload(null, List.of(notFound(id)));
        }
        found.get().setActive(false);
        found.get().touch(this.clock.instant());
        this.counts.forget();
        return new DeleteProductPayload(Long.toString(id), List.of());
    }

    private static void apply(Product product, ProductChanges changes, @Nullable Category category) {
        if (changes.title() != null) {
            product.setTitle(changes.title().strip());
        }
        if (changes.slug() != null) {
            product.setSlug(changes.slug());
        }
        if (changes.description() != null) {
            product.setDescription(changes.description());
        }
        if (changes.price() != null) {
            product.setPrice(changes.price());
        }
        if (changes.stock() != null) {
            product.setStock(changes.stock());
        }
        if (!changes.categorySlug().isOmitted()) {
            product.setCategory(category);
        }
        if (changes.tags() != null) {
            product.setTags(ProductRules.normaliseTags(changes.tags()));
        }
        if (!changes.imageUrl().isOmitted()) {
            product.setImageUrl(
                    changes.imageUrl().isPresent() ? changes.imageUrl().value().toString() : null);
        }
        if (changes.featured() != null) {
            product.setFeatured(changes.featured());
        }
        if (changes.active() != null) {
            product.setActive(changes.active());
        }
    }

    /** Writes now, so that a lost race (slug, version) is reported here rather than at commit. */
    private ProductPayload save(Product product) {
        try {
            ProductPayload saved =
                    new ProductPayload(this.catalog.view(this.products.saveAndFlush(product)), List.of());
            this.counts.forget();
            return saved;
        } catch (ObjectOptimisticLockingFailureException ex) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return ProductPayload.failed(List.of(stale()));
        } catch (DataIntegrityViolationException ex) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return ProductPayload.failed(List.of(slugTaken()));
        }
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

    private String freeSlug(String base) {
        if (!this.products.existsBySlug(base)) {
            return base;
        }
        for (int suffix = 2; suffix <= MAX_SLUG_SUFFIX; suffix++) {
            if (!this.products.existsBySlug(base + "-" + suffix)) {
                return base + "-" + suffix;
            }
        }
        return base + "-" + Long.toString(this.clock.millis(), 36);
    }

    private static UserError notFound(long id) {
        return UserError.of(UserErrorCode.NOT_FOUND, "No product has this id", "id");
    }

    private static UserError slugTaken() {
        return UserError.of(UserErrorCode.SLUG_TAKEN, "Another product has this slug already", "input", "slug");
    }

    private static UserError stale() {
        return UserError.of(
                UserErrorCode.STALE_OBJECT,
                "Someone else changed this product since you read it; read it again and retry");
    }
}
