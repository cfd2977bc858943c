package dev.storefront.cart;

import java.time.Instant;
import java.util.Optional;

import dev.storefront.account.Accounts;
import org.springframework.stereotype.Component;

/**
 * Which cart is this request's: the signed-in customer's, else the session's anonymous one. The
 * cart's writes ({@link ShoppingCart}) and checkout ({@link CartCheckout}) both find it here.
 */
@Component
class CurrentCart {

    private final CartRepository carts;

    private final CartSession session;

    private final Accounts accounts;

    CurrentCart(CartRepository carts, CartSession session, Accounts accounts) {
        this.carts = carts;
        this.session = session;
        this.accounts = accounts;
    }

    /** The cart, unlocked; empty when this customer or session has none. Creates nothing. */
    Optional<Cart> find() {
        Optional<Long> customer = this.accounts.currentCustomerId();
        if (customer.isPresent()) {
            return this.carts.findByOwnerKey(Cart.customerKey(customer.get()));
        }
        return this.session.cartId().flatMap(this.carts::findById).filter(Cart::isAnonymous);
    }

    /**
     * The cart with its lines, row-locked until the transaction ends and changed at {@code now}
     * (its last change, written by the statement that locks it): concurrent writes to it queue up
     * here. A write that turns out to change nothing must roll back, or the cart seems changed.
     */
    Optional<Cart> lockAsChanged(Instant now) {
        Instant at = Cart.changeTime(now);
        Optional<Long> customer = this.accounts.currentCustomerId();
        if (customer.isPresent()) {
            return this.carts.lockAsChanged(Cart.customerKey(customer.get()), at);
        }
        return this.session.cartId().flatMap((id) -> this.carts.lockAsChanged(id, at));
    }

    /**
     * The cart, row-locked until the transaction ends, unchanged: for checkout, which writes the
     * cart only when it adjusts or empties it. The cart's own writes use {@link #lockAsChanged}.
     */
    Optional<Cart> lock() {
        Optional<Long> customer = this.accounts.currentCustomerId();
        if (customer.isPresent()) {
            return this.carts.lockByOwnerKey(Cart.customerKey(customer.get()));
        }
        return this.session.cartId().flatMap(this.carts::lockById).filter(Cart::isAnonymous);
    }
}
