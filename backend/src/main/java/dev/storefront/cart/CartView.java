package dev.storefront.cart;

import java.time.OffsetDateTime;
import java.util.List;

import dev.storefront.shared.Money;
import org.jspecify.annotations.Nullable;

/** A cart with its lines priced from the catalog and its totals. */
public record CartView(
        @Nullable Long id,
        List<CartLineView> lines,
        int totalQuantity,
        Money subtotal,
        Money tax,
        Money total,
        @Nullable OffsetDateTime updatedAt) {}
