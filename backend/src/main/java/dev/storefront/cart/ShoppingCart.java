package dev.storefront.cart;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.storefront.account.Accounts;
import dev.storefront.catalog.Catalog;
import dev.storefront.catalog.ProductView;
import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The cart's public face: finds the cart of this session or signed-in customer, and creates it
 * on the first write. Every write locks the cart row first, with the statement that writes its
 * change time ({@link CurrentCart#lockAsChanged}), so concurrent writes (two tabs, fifty parallel
 * requests) queue up and none is lost; a write refused, or with nothing to change, rolls back.
 * Writes run READ COMMITTED: under MySQL's default REPEATABLE READ a transaction that waited
 * for the lock would still read the lines as they were before it waited, and lose updates.
 * Signing in merges the anonymous cart ({@link CartMergeOnSignIn}).
 */
@Service
public class ShoppingCart {

    private final CartRepository carts;

    private final CurrentCart currentCart;

    private final CartSession session;

    private final CartPricing pricing;

    private final Catalog catalog;

    private final Accounts accounts;

    private final CartProperties limits;

    private final Clock clock;

    private final CartMetrics metrics;

    private final LineQuantities quantities;

    ShoppingCart(
            CartRepository carts,
            CurrentCart currentCart,
            CartSession session,
            CartPricing pricing,
            Catalog catalog,
            Accounts accounts,
            CartProperties limits,
            Clock clock,
            CartMetrics metrics,
            LineQuantities quantities) {
        this.carts = carts;
        this.currentCart = currentCart;
        this.session = session;
        this.pricing = pricing;
        this.catalog = catalog;
        this.accounts = accounts;
        this.limits = limits;
        this.clock = clock;
        this.metrics = metrics;
        this.quantities = quantities;
    }

    /** The current cart; an empty one with no id when nothing was ever added. Creates nothing. */
    @Transactional(readOnly = true)
    public CartView current() {
        return this.currentCart.find().map(this::view).orElseGet(this.pricing::empty);
    }

    /**
     * The cart a subscriber follows, read afresh without the request it began in: the customer's
     * cart when signed in, else the session's anonymous cart; empty when there is none (yet).
     */
    @Transactional(readOnly = true)
    CartView viewOf(@Nullable Long customerId, @Nullable Long anonymousCartId) {
        Optional<Cart> cart = (customerId != null)
                ? this.carts.findByOwnerKey(Cart.customerKey(customerId))
                : (anonymousCartId != null)
                        ? this.carts.findById(anonymousCartId).filter(Cart::isAnonymous)
                        : Optional.empty();
        return cart.map(this::view).orElseGet(this.pricing::empty);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CartPayload add(long productId, int quantity) {
        Instant now = this.clock.instant();
        Optional<Cart> existing = this.currentCart.lockAsChanged(now);
        // One catalog read for the product to add and every product already in the cart.
        List<Long> ids = new ArrayList<>(existing.map(ShoppingCart::productIds).orElse(List.of()));
        if (!ids.contains(productId)) {
            ids.add(productId);
        }
        Map<Long, ProductView> products = this.catalog.productsInAnyState(ids);
        ProductView product = products.get(productId);
        UserError refusal = refusal(product);
        if (refusal != null) {
            changedNothing();
            return new CartPayload(
                    existing.map((cart) -> this.pricing.price(cart, products)).orElseGet(this.pricing::empty),
                    List.of(refusal));
        }
        Cart cart = existing.orElseGet(this::create);
        Optional<CartLine> line = cart.lineFor(productId);
        if (line.isEmpty() && cart.getLines().size() >= this.limits.maxLines()) {
            changedNothing();
            return new CartPayload(
                    this.pricing.price(cart, products),
                    List.of(UserError.of(
                            UserErrorCode.INVALID,
                            "A cart holds at most " + this.limits.maxLines() + " different products",
                            "productId")));
        }
        long wanted = (long) line.map(CartLine::getQuantity).orElse(0) + quantity;
        List<UserError> errors = new ArrayList<>();
        int granted = this.quantities.grant(product, wanted, errors);
        line.ifPresentOrElse((existingLine) -> existingLine.setQuantity(granted), () -> {
            // Inserted now, so the answer shows its id; the rest is written by the commit's flush,
            // the only one (a flush checks every line of the cart for changes).
            this.carts.insertNow(cart.add(productId, granted, now));
            this.metrics.lineAdded();
        });
        // A cart created just now; one that was locked has this time already, and no update is due.
        cart.touch(now);
        return new CartPayload(this.pricing.price(cart, products), errors);
    }

    /** Undoes the lock's mark of a change (lockAsChanged): the write was refused or had nothing to change. */
    private static void changedNothing() {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    }

    /** Why a product can't be added at all, or null when it can. */
    private static @Nullable UserError refusal(@Nullable ProductView product) {
        if (product == null) {
            return UserError.of(UserErrorCode.NOT_FOUND, "No product has this id", "productId");
        }
        if (!product.active()) {
            return UserError.of(
                    UserErrorCode.PRODUCT_UNAVAILABLE, product.title() + " is no longer on sale", "productId");
        }
        if (product.stock() == 0) {
            return UserError.of(UserErrorCode.INSUFFICIENT_STOCK, product.title() + " is sold out", "quantity");
        }
        return null;
    }

    private static List<Long> productIds(Cart cart) {
        return cart.getLines().stream().map(CartLine::getProductId).toList();
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CartPayload update(long lineId, int quantity) {
        Optional<Cart> found = this.currentCart.lockAsChanged(this.clock.instant());
        Optional<CartLine> line = found.flatMap((cart) -> cart.line(lineId));
        if (line.isEmpty()) {
            changedNothing();
            return new CartPayload(found.map(this::view).orElseGet(this.pricing::empty), List.of(lineNotFound()));
        }
        Cart cart = found.get();
        List<UserError> errors = new ArrayList<>();
        if (quantity == 0) {
            cart.remove(line.get());
        } else {
            ProductView product = this.catalog
                    .productsInAnyState(List.of(line.get().getProductId()))
                    .get(line.get().getProductId());
            if (!product.active()) {
                changedNothing();
                return new CartPayload(
                        view(cart),
                        List.of(UserError.of(
                                UserErrorCode.PRODUCT_UNAVAILABLE,
                                product.title() + " is no longer on sale; remove it from your cart",
                                "lineId")));
            }
            int granted = this.quantities.grant(product, quantity, errors);
            if (granted == 0) {
                cart.remove(line.get());
            } else {
                line.get().setQuantity(granted);
            }
        }
        return new CartPayload(view(cart), errors);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CartPayload remove(long lineId) {
        Optional<Cart> found = this.currentCart.lockAsChanged(this.clock.instant());
        Optional<CartLine> line = found.flatMap((cart) -> cart.line(lineId));
        if (line.isEmpty()) {
            changedNothing();
            return new CartPayload(found.map(this::view).orElseGet(this.pricing::empty), List.of(lineNotFound()));
        }
        found.get().remove(line.get());
        return new CartPayload(view(found.get()), List.of());
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CartPayload clear() {
        Optional<Cart> found = this.currentCart.lockAsChanged(this.clock.instant());
        if (found.isEmpty() || found.get().getLines().isEmpty()) {
            changedNothing();
        }
        found.ifPresent(Cart::clear);
        return new CartPayload(found.map(this::view).orElseGet(this.pricing::empty), List.of());
    }

    /** What the sign-in of this request did with the anonymous cart, if there was one. */
    public Optional<CartMerge> lastMerge() {
        return this.session.lastMerge();
    }

    /**
     * A new cart for this customer or (creating the session) this session, locked. The account
     * is confirmed first: a session may outlive its account by the roles cache's few seconds, and
     * its cart then becomes the session's.
     */
    private Cart create() {
        Optional<Long> customer = this.accounts.confirmedCustomerId();
        String owner = customer.map(Cart::customerKey).orElseGet(() -> Cart.sessionKey(this.session.sessionId()));
        this.carts.createIfAbsent(owner, customer.orElse(null), this.clock.instant());
        Cart cart = this.carts.lockByOwnerKey(owner).orElseThrow();
        this.metrics.created();
        if (customer.isEmpty()) {
            this.session.remember(cart.getId());
        }
        return cart;
    }

    private CartView view(Cart cart) {
        return this.pricing.price(cart, this.catalog.productsInAnyState(productIds(cart)));
    }

    private static UserError lineNotFound() {
        return UserError.of(UserErrorCode.NOT_FOUND, "Your cart has no such line", "lineId");
    }
}
