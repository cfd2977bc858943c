package dev.storefront.cart;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.storefront.catalog.ProductView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cart as checkout sees it, inside the caller's (the order's) transaction: lock the current
 * cart, price it from products the caller has locked, adjust it to what can be had, empty it once
 * the order is written. The cart's own rules (pricing, what a shortage does to a line) stay here.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CartCheckout {

    private final CurrentCart currentCart;

    private final CartRepository carts;

    private final CartPricing pricing;

    private final ShoppingCart shoppingCart;

    private final Clock clock;

    CartCheckout(
            CurrentCart currentCart,
            CartRepository carts,
            CartPricing pricing,
            ShoppingCart shoppingCart,
            Clock clock) {
        this.currentCart = currentCart;
        this.carts = carts;
        this.pricing = pricing;
        this.shoppingCart = shoppingCart;
        this.clock = clock;
    }

    /**
     * Locks this request's cart until the transaction ends, so two checkouts (or a checkout and
     * an addToCart) of one cart queue up; empty when there is no cart. Creates nothing.
     */
    public Optional<CheckoutCart> lockCurrent() {
        return this.currentCart.lock().map(CartCheckout::snapshot);
    }

    /** This request's cart, unlocked, for a read; empty when there is none. */
    public Optional<CheckoutCart> findCurrent() {
        return this.currentCart.find().map(CartCheckout::snapshot);
    }

    /** The cart priced with these products (which hold every product of the cart), as the cart prices itself. */
    public CartView price(CheckoutCart snapshot, Map<Long, ProductView> products) {
        return this.pricing.price(cart(snapshot), products);
    }

    /**
     * Lowers each line to what can be bought, as {@code addToCart} does: to the stock when fewer
     * are left; the line goes when the product is sold out, off sale or gone.
     *
     * @param products the cart's products as they are now, locked by the caller; a missing one is gone
     */
    public CartView adjustToAvailability(CheckoutCart snapshot, Map<Long, ProductView> products) {
        Cart cart = cart(snapshot);
        for (CartLine line : List.copyOf(cart.getLines())) {
            ProductView product = products.get(line.getProductId());
            if (product == null || !product.active() || product.stock() == 0) {
                cart.remove(line);
            } else if (line.getQuantity() > product.stock()) {
                line.setQuantity(product.stock());
            }
        }
        cart.touch(this.clock.instant());
        return this.pricing.price(cart, products);
    }

    /** Empties the cart (its order is placed); the cart itself stays, with its id. */
    public CartView empty(CheckoutCart snapshot) {
        Cart cart = cart(snapshot);
        cart.clear();
        cart.touch(this.clock.instant());
        return this.pricing.price(cart, Map.of());
    }

    /** The current cart, priced from the catalog now. */
    public CartView current() {
        return this.shoppingCart.current();
    }

    private Cart cart(CheckoutCart snapshot) {
        // Locked and loaded by lockCurrent in this transaction: this reads nothing.
        return this.carts.findById(snapshot.id()).orElseThrow();
    }

    private static CheckoutCart snapshot(Cart cart) {
        return new CheckoutCart(
                cart.getId(),
                cart.getCustomerId(),
                cart.getLines().stream()
                        .map((line) -> new CheckoutCart.Line(line.getProductId(), line.getQuantity()))
                        .toList());
    }
}
