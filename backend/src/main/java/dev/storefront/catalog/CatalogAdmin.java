package dev.storefront.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.storefront.shared.InputLimits;
import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
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

    private final ProductInputChecks checks;

    private final Clock clock;

    private final ProductCounts counts;

    CatalogAdmin(
            Catalog catalog, ProductRepository products, ProductInputChecks checks, Clock clock, ProductCounts counts) {
        this.catalog = catalog;
        this.products = products;
        this.checks = checks;
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
        ProductInputChecks.Checked checked = this.checks.draft(draft);
        if (!checked.errors().isEmpty()) {
            return ProductPayload.failed(checked.errors());
        }
        String slug = (draft.slug() != null) ? draft.slug() : freeSlug(ProductRules.slugOf(draft.title()));
        Product product = new Product(
                slug,
                draft.title().strip(),
                draft.description(),
                draft.price(),
                checked.category(),
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
        ProductInputChecks.Checked checked = this.checks.changes(product, changes);
        if (!checked.errors().isEmpty()) {
            return ProductPayload.failed(checked.errors());
        }
        changes.applyTo(product, checked.category());
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
            return ProductPayload.failed(List.of(ProductInputChecks.slugTaken()));
        }
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

    private static UserError stale() {
        return UserError.of(
                UserErrorCode.STALE_OBJECT,
                "Someone else changed this product since you read it; read it again and retry");
    }
}
