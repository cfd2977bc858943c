package dev.storefront.cart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.storefront.catalog.ProductView;
import dev.storefront.shared.Money;
import dev.storefront.shared.ShopProperties;
import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Prices a cart from the catalog's current prices. A line counts for what can be bought of it
 * now (its buyable quantity): all of it, or as many as are in stock when fewer are, or nothing
 * when the product is off sale or sold out, since checkout can sell no more. Line total = unit
 * price × buyable quantity, so the subtotal is the sum of the line totals; tax is the subtotal ×
 * the tax rate, rounded half-even to the cent; total = subtotal + tax.
 */
@Component
class CartPricing {

    private final BigDecimal taxRate;

    private final String currency;

    CartPricing(CartProperties properties, ShopProperties shop) {
        this.taxRate = properties.taxRate();
        this.currency = shop.currency();
    }

    CartView empty() {
        Money zero = money(BigDecimal.ZERO);
        return new CartView(null, List.of(), 0, zero, zero, zero, null);
    }

    CartView price(Cart cart, Map<Long, ProductView> products) {
        List<CartLineView> lines = new ArrayList<>();
        BigDecimal subtotal = BigDecimal.ZERO;
        int quantity = 0;
        for (CartLine line : cart.getLines()) {
            ProductView product = products.get(line.getProductId());
            BigDecimal unitPrice = product.price().amount();
            int buyable = buyable(product, line.getQuantity());
            BigDecimal lineTotal = unitPrice.multiply(BigDecimal.valueOf(buyable));
            subtotal = subtotal.add(lineTotal);
            quantity += buyable;
            lines.add(new CartLineView(
                    line.getId(),
                    product,
                    line.getQuantity(),
                    buyable,
                    money(unitPrice),
                    money(lineTotal),
                    problem(product, line.getQuantity())));
        }
        BigDecimal tax = subtotal.multiply(this.taxRate).setScale(Money.SCALE, RoundingMode.HALF_EVEN);
        return new CartView(
                cart.getId(),
                lines,
                quantity,
                money(subtotal),
                money(tax),
                money(subtotal.add(tax)),
                cart.getUpdatedAt().atOffset(ZoneOffset.UTC));
    }

    private static int buyable(ProductView product, int quantity) {
        return product.active() ? Math.min(quantity, product.stock()) : 0;
    }

    private static @Nullable UserError problem(ProductView product, int quantity) {
        if (!product.active()) {
            return UserError.of(
                    UserErrorCode.PRODUCT_UNAVAILABLE,
                    product.title() + " is no longer on sale; remove it from your cart");
        }
        if (quantity > product.stock()) {
            return UserError.of(
                    UserErrorCode.INSUFFICIENT_STOCK,
                    (product.stock() == 0)
                            ? product.title() + " is sold out; it doesn't count toward your total"
                            : "Only " + product.stock() + " of " + product.title() + " are in stock; " + product.stock()
                                    + " count toward your total");
        }
        return null;
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, this.currency);
    }
}
