package dev.storefront.cart;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.storefront.account.Accounts;
import dev.storefront.account.SignedIn;
import dev.storefront.catalog.Catalog;
import dev.storefront.catalog.ProductView;
import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cart's public face (the seeds' cart manager, {@code new_or_get}): finds the cart of this
 * session or signed-in customer, and creates it on the first write. Every write locks the cart
 * row first, so concurrent writes (two tabs, fifty parallel requests) queue up and none is lost.
 * Writes run READ COMMITTED: under MySQL's default REPEATABLE READ a transaction that waited
 * for the lock would still read the lines as they were before it waited, and lose updates.
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

	ShoppingCart(CartRepository carts, CurrentCart currentCart, CartSession session, CartPricing pricing,
			Catalog catalog, Accounts accounts, CartProperties limits, Clock clock, CartMetrics metrics) {
		this.carts = carts;
		this.currentCart = currentCart;
		this.session = session;
		this.pricing = pricing;
		this.catalog = catalog;
		this.accounts = accounts;
		this.limits = limits;
		this.clock = clock;
		this.metrics = metrics;
	}

	/** The current cart; an empty one with no id when nothing was ever added. Creates nothing. */
	@Transactional(readOnly = true)
	public CartView current() {
		return this.currentCart.find().map(this::view).orElseGet(this.pricing::empty);
	}

	@Transactional(isolation = Isolation.READ_COMMITTED)
	public CartPayload add(long productId, int quantity) {
		Optional<Cart> existing = this.currentCart.lock();
		// One catalog read for the product to add and every product already in the cart.
		List<Long> ids = new ArrayList<>(existing.map(ShoppingCart::productIds).orElse(List.of()));
		if (!ids.contains(productId)) {
			ids.add(productId);
		}
		Map<Long, ProductView> products = this.catalog.productsInAnyState(ids);
		ProductView product = products.get(productId);
		UserError refusal = refusal(product);
		if (refusal != null) {
			return new CartPayload(existing.map((cart) -> this.pricing.price(cart, products))
				.orElseGet(this.pricing::empty), List.of(refusal));
		}
		Cart cart = existing.orElseGet(this::create);
		Optional<CartLine> line = cart.lineFor(productId);
		if (line.isEmpty() && cart.getLines().size() >= this.limits.maxLines()) {
			return new CartPayload(this.pricing.price(cart, products), List.of(UserError.of(UserErrorCode.INVALID,
					"A cart holds at most " + this.limits.maxLines() + " different products", "productId")));
		}
		long wanted = (long) line.map(CartLine::getQuantity).orElse(0) + quantity;
		List<UserError> errors = new ArrayList<>();
		int granted = grant(product, wanted, errors);
		Instant now = this.clock.instant();
		line.ifPresentOrElse((existingLine) -> existingLine.setQuantity(granted), () -> {
			cart.add(productId, granted, now);
			this.metrics.lineAdded();
		});
		cart.touch(now);
		// Writes now: a new line gets its id, which the answer shows.
		this.carts.flush();
		return new CartPayload(this.pricing.price(cart, products), errors);
	}

	/** Why a product can't be added at all, or null when it can. */
	private static @Nullable UserError refusal(@Nullable ProductView product) {
		if (product == null) {
			return UserError.of(UserErrorCode.NOT_FOUND, "No product has this id", "productId");
		}
		if (!product.active()) {
			return UserError.of(UserErrorCode.PRODUCT_UNAVAILABLE, product.title() + " is no longer on sale",
					"productId");
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
		Optional<Cart> found = this.currentCart.lock();
		Optional<CartLine> line = found.flatMap((cart) -> cart.line(lineId));
		if (line.isEmpty()) {
			return new CartPayload(found.map(this::view).orElseGet(this.pricing::empty), List.of(lineNotFound()));
		}
		Cart cart = found.get();
		List<UserError> errors = new ArrayList<>();
		if (quantity == 0) {
			cart.remove(line.get());
		}
		else {
			ProductView product = this.catalog.productsInAnyState(List.of(line.get().getProductId()))
				.get(line.get().getProductId());
			if (!product.active()) {
				return new CartPayload(view(cart), List.of(UserError.of(UserErrorCode.PRODUCT_UNAVAILABLE,
						product.title() + " is no longer on sale; remove it from your cart", "lineId")));
			}
			int granted = grant(product, quantity, errors);
			if (granted == 0) {
				cart.remove(line.get());
			}
			else {
				line.get().setQuantity(granted);
			}
		}
		cart.touch(this.clock.instant());
		return new CartPayload(view(cart), errors);
	}

	@Transactional(isolation = Isolation.READ_COMMITTED)
	public CartPayload remove(long lineId) {
		Optional<Cart> found = this.currentCart.lock();
		Optional<CartLine> line = found.flatMap((cart) -> cart.line(lineId));
		if (line.isEmpty()) {
			return new CartPayload(found.map(this::view).orElseGet(this.pricing::empty), List.of(lineNotFound()));
		}
		found.get().remove(line.get());
		found.get().touch(this.clock.instant());
		return new CartPayload(view(found.get()), List.of());
	}

	@Transactional(isolation = Isolation.READ_COMMITTED)
	public CartPayload clear() {
		Optional<Cart> found = this.currentCart.lock();
		found.ifPresent((cart) -> {
			cart.clear();
			cart.touch(this.clock.instant());
		});
		return new CartPayload(found.map(this::view).orElseGet(this.pricing::empty), List.of());
	}

	/** What the sign-in of this request did with the anonymous cart, if there was one. */
	public Optional<CartMerge> lastMerge() {
		return this.session.lastMerge();
	}

	/**
	 * On sign-in, the session's anonymous cart joins the customer's cart: quantities add up,
	 * capped by stock and the line maximum. Without a customer cart, the anonymous one becomes it.
	 */
	@EventListener
	@Transactional(isolation = Isolation.READ_COMMITTED)
	void mergeOnSignIn(SignedIn event) {
		Optional<Cart> anonymous = this.session.cartId().flatMap(this.carts::lockById).filter(Cart::isAnonymous);
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
		Map<Long, ProductView> products = this.catalog
			.productsInAnyState(guest.getLines().stream().map(CartLine::getProductId).toList());
		List<UserError> adjustments = new ArrayList<>();
		int merged = 0;
		Instant now = this.clock.instant();
		for (CartLine line : guest.getLines()) {
			ProductView product = products.get(line.getProductId());
			if (!product.active()) {
				adjustments.add(UserError.of(UserErrorCode.PRODUCT_UNAVAILABLE,
						product.title() + " is no longer on sale and was left out"));
				continue;
			}
			Optional<CartLine> target = customer.lineFor(product.id());
			if (target.isEmpty() && customer.getLines().size() >= this.limits.maxLines()) {
				adjustments.add(UserError.of(UserErrorCode.INVALID, product.title() + " was left out: a cart holds at most "
						+ this.limits.maxLines() + " different products"));
				continue;
			}
			int granted = grant(product, (long) target.map(CartLine::getQuantity).orElse(0) + line.getQuantity(),
					adjustments);
			if (granted > 0) {
				target.ifPresentOrElse((existing) -> existing.setQuantity(granted),
						() -> customer.add(product.id(), granted, now));
				merged++;
			}
		}
		customer.touch(now);
		this.carts.delete(guest);
		this.session.rememberMerge(new CartMerge(merged, adjustments));
	}

	/** How many of the wanted items the line may hold; adds a user error saying why when fewer. */
	private int grant(ProductView product, long wanted, List<UserError> errors) {
		int max = this.limits.maxLineQuantity();
		if (wanted > product.stock() && product.stock() <= max) {
			errors.add(UserError.of(UserErrorCode.INSUFFICIENT_STOCK,
					(product.stock() == 0) ? product.title() + " is sold out"
							: "Only " + product.stock() + " of " + product.title() + " are in stock; your cart now holds "
									+ product.stock(),
					"quantity"));
			return product.stock();
		}
		if (wanted > max) {
			errors.add(UserError.of(UserErrorCode.INVALID, "A cart holds at most " + max + " of one product; your cart "
					+ "now holds " + max + " of " + product.title(), "quantity"));
			return max;
		}
		return (int) wanted;
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
