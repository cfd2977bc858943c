package dev.storefront.cart;

import java.util.List;

import dev.storefront.catalog.ProductView;
import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
import org.springframework.stereotype.Component;

/**
 * How many items of a product a cart line may hold: what was asked for, capped by the stock and
 * by {@code storefront.cart.max-line-quantity}. One rule for adding, changing a line and the
 * merge on sign-in.
 */
@Component
class LineQuantities {

    private final CartProperties limits;

    LineQuantities(CartProperties limits) {
        this.limits = limits;
    }

    /** How many of the wanted items the line may hold; adds a user error saying why when fewer. */
    int grant(ProductView product, long wanted, List<UserError> errors) {
        int max = this.limits.maxLineQuantity();
        if (wanted > product.stock() && product.stock() <= max) {
            errors.add(UserError.of(
                    UserErrorCode.INSUFFICIENT_STOCK,
                    (product.stock() == 0)
                            ? product.title() + " is sold out"
                            : "Only " + product.stock() + " of " + product.title()
                                    + " are in stock; your cart now holds " + product.stock(),
                    "quantity"));
            return product.stock();
        }
        if (wanted > max) {
            errors.add(UserError.of(
                    UserErrorCode.INVALID,
                    "A cart holds at most " + max + " of one product; your cart " + "now holds " + max + " of "
                            + product.title(),
                    "quantity"));
            return max;
        }
        return (int) wanted;
    }
}
