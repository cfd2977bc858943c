package dev.storefront.cart;

import dev.storefront.catalog.ProductView;
import dev.storefront.shared.Money;
import dev.storefront.shared.UserError;
import org.jspecify.annotations.Nullable;

/**
 * A cart line with the product as it is now.
 *
 * @param problem why the line can't be bought as it is, or null
 */
public record CartLineView(long id, ProductView product, int quantity, Money unitPrice, Money lineTotal,
		@Nullable UserError problem) {
}
