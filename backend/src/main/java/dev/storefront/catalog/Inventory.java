package dev.storefront.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock, for checkout and cancellation. Stock is taken under the products' row locks, held
 * until the caller's transaction ends, so two checkouts of the last item queue up and the
 * second sees it gone: stock never goes below zero (the database's check refuses it too).
 * Changes go through the entities, so the search index (and its {@code inStock} facet) follows
 * them at commit, as it follows an admin's edit.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Inventory {

    private final ProductRepository products;

    private final EntityManager entityManager;

    private final Catalog catalog;

    private final ProductCounts counts;

    Inventory(ProductRepository products, EntityManager entityManager, Catalog catalog, ProductCounts counts) {
        this.products = products;
        this.entityManager = entityManager;
        this.catalog = catalog;
        this.counts = counts;
    }

    /**
     * Locks the products' rows until the caller's transaction ends and returns them as they are
     * now, on sale or not; unknown ids are absent. Lock before reading what decides a sale.
     */
    public Map<Long, ProductView> lockForSale(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return this.products.lockAllById(ids).stream()
                .map(this.catalog::view)
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
    }

    /**
     * Takes the quantities (by product id) from stock. Each product must have been locked with
     * {@link #lockForSale} in this transaction and checked to hold enough: taking more than the
     * stock is a bug in the caller, and fails.
     */
    public void take(Map<Long, Integer> quantities) {
        // The index reads each changed product's tags at flush: all in one statement, not one per product.
        this.products.fetchTags(quantities.keySet());
        quantities.forEach((id, quantity) -> {
            Product product = locked(id);
            if (quantity < 0 || quantity > product.getStock()) {
                throw new IllegalStateException(
                        "Can't take " + quantity + " of product " + id + " with " + product.getStock() + " in stock");
            }
            product.setStock(product.getStock() - quantity);
        });
        this.counts.forget();
    }

    /**
     * Puts the quantities (by product id) back in stock, e.g. for a cancelled order. Locks the
     * rows itself; products deleted since are skipped.
     */
    public void restore(Map<Long, Integer> quantities) {
        for (Product product : this.products.lockAllById(quantities.keySet())) {
            product.setStock(Math.addExact(product.getStock(), quantities.get(product.getId())));
        }
        this.counts.forget();
    }

    private Product locked(long id) {
        Product product = this.entityManager.find(Product.class, id);
        if (product == null) {
            throw new IllegalStateException("Product " + id + " was not locked for sale");
        }
        return product;
    }
}
