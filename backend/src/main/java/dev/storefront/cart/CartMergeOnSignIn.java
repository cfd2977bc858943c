package dev.storefront.cart;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.storefront.account.SignedIn;
import dev.storefront.catalog.Catalog;
import dev.storefront.catalog.ProductView;
import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in takes the session's anonymous cart along. Both carts' rows are locked first, as
 * every cart write does; what the merge did is kept for the login payload ({@code cartMerge}).
 */
@Component
class CartMergeOnSignIn {

    private final CartRepository carts;

    private final CartSession session;

    private final Catalog catalog;

    private final CartProperties limits;

    private final LineQuantities quantities;

    private final Clock clock;

    private final CartChanges changes;

    CartMergeOnSignIn(
            CartRepository carts,
            CartSession session,
            Catalog catalog,
            CartProperties limits,
            LineQuantities quantities,
            Clock clock,
            CartChanges changes) {
        this.carts = carts;
        this.session = session;
        this.catalog = catalog;
        this.limits = limits;
        this.quantities = quantities;
        this.clock = clock;
        this.changes = changes;
    }

    /**
     * On sign-in, the session's anonymous cart joins the customer's cart: quantities add up,
     * capped by stock and the line maximum. Without a customer cart, the anonymous one becomes it.
     */
    @EventListener
    @Transactional(isolation = Isolation.READ_COMMITTED)
    void mergeOnSignIn(SignedIn event) {
        this.changes.signedIn(event);
        Optional<Cart> anonymous =
                this.session.cartId().flatMap(this.carts::lockById).filter(Cart::isAnonymous);
        this.session.forget();
        if (anonymous.isEmpty()) {
            return;
        }
        Cart guest = anonymous.get();
        Optional<Cart> own = this.carts.lockByOwnerKey(Cart.customerKey(event.customerId()));
        if (own.isEmpty()) {
            guest.assignTo(event.customerId());
            guest.touch(this.clock.instant());
            this.session.rememberMerge(new CartMerge(guest.getLines().size(), List.of()));
            return;
        }
        Cart customer = own.get();
        Map<Long, ProductView> products = this.catalog.productsInAnyState(
                guest.getLines().stream().map(CartLine::getProductId).toList());
        List<UserError> adjustments = new ArrayList<>();
        int merged = 0;
        Instant now = this.clock.instant();
        for (CartLine line : guest.getLines()) {
            ProductView product = products.get(line.getProductId());
            if (!product.active()) {
                adjustments.add(UserError.of(
                        UserErrorCode.PRODUCT_UNAVAILABLE, product.title() + " is no longer on sale and was left out"));
                continue;
            }
            Optional<CartLine> target = customer.lineFor(product.id());
            if (target.isEmpty() && customer.getLines().size() >= this.limits.maxLines()) {
                adjustments.add(UserError.of(
                        UserErrorCode.INVALID,
                        product.title() + " was left out: a cart holds at most " + this.limits.maxLines()
                                + " different products"));
                continue;
            }
            int granted = this.quantities.grant(
                    product, (long) target.map(CartLine::getQuantity).orElse(0) + line.getQuantity(), adjustments);
            if (granted > 0) {
                target.ifPresentOrElse(
                        (existing) -> existing.setQuantity(granted), () -> customer.add(product.id(), granted, now));
                merged++;
            }
        }
        customer.touch(now);
        this.carts.delete(guest);
        this.session.rememberMerge(new CartMerge(merged, adjustments));
    }
}
