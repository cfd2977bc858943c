package dev.storefront.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.storefront.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A product's columns as one query reads them ({@link ProductRepository#findRowsById}), without
 * an entity: nothing enters the persistence context, so a cart or an order that reads the
 * products it shows never has them checked for changes when it writes its own rows.
 */
record ProductRow(
        long id,
        String slug,
        String title,
        String description,
        BigDecimal price,
        @Nullable String imageUrl,
        @Nullable Long categoryId,
        int stock,
        boolean featured,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {

    ProductView toView(String currency) {
        return new ProductView(
                this.id,
                this.slug,
                this.title,
                this.description,
                new Money(this.price, currency),
                this.imageUrl,
                this.categoryId,
                this.stock,
                this.featured,
                this.active,
                this.createdAt.atOffset(ZoneOffset.UTC),
                this.updatedAt.atOffset(ZoneOffset.UTC));
    }
}
