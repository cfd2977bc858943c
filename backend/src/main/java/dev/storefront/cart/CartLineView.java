package dev.storefront.cart;

import dev.storefront.catalog.ProductView;
import dev.storefront.shared.Money;
import dev.storefront.shared.UserError;
import org.jspecify.annotations.Nullable;

/**
 * A cart line with the product as it is now.
 *
 * @param buyableQuantity how many of the line's items can be bought now and count in the totals
 * @param lineTotal the unit price × the buyable quantity
 * @param problem why the line can't be bought as it is, or null
 */
public record CartLineView(
        long id,
        ProductView product,
        int quantity,
        int buyableQuantity,
        Money unitPrice,
        Money lineTotal,
        @Nullable UserError problem) {}
