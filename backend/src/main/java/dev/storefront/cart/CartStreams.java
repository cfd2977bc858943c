package dev.storefront.cart;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.storefront.account.Accounts;
import dev.storefront.catalog.ProductsChanged;
import dev.storefront.live.LiveEvents;
import dev.storefront.live.LiveSubscriptions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * This instance's {@code cartChanged} streams. Each follows one session: its customer's cart once
 * signed in, else the session's anonymous cart (which the session's first write creates). A
 * signal about carts ({@link CartSignal}, from any instance) or about products in a followed
 * cart ({@link ProductsChanged}: totals depend on prices and stock) wakes the streams it concerns,
 * which then read their cart afresh on the live read threads; a burst of signals costs one read.
 * A session that signs out gets the empty cart it now has, and its stream completes.
 */
@Component
class CartStreams {

    private final Set<Follower> followers = ConcurrentHashMap.newKeySet();

    private final ShoppingCart cart;

    private final CartPricing pricing;

    private final Accounts accounts;

    private final LiveSubscriptions subscriptions;

    CartStreams(
            LiveEvents live,
            ShoppingCart cart,
            CartPricing pricing,
            Accounts accounts,
            LiveSubscriptions subscriptions) {
        this.cart = cart;
        this.pricing = pricing;
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        live.listen(CartSignal.TOPIC, CartSignal.class, this::signal);
        live.listen(ProductsChanged.TOPIC, ProductsChanged.class, this::productsChanged);
    }

    /**
     * The cart of a session (by its digest) or customer, now and after every change.
     * @param anonymousCartId the session's anonymous cart, when it has one and isn't signed in
     */
    Flux<CartView> follow(@Nullable String session, @Nullable Long customerId, @Nullable Long anonymousCartId) {
        return Flux.defer(() -> {
            Follower follower = new Follower(session, customerId, anonymousCartId);
            // Following before the first read: a change in between wakes it, none is missed.
            this.followers.add(follower);
            return Mono.fromCallable(() -> read(follower))
                    .concatWith(follower.wakeups
                            .asFlux()
                            .onBackpressureLatest()
                            .publishOn(this.subscriptions.reads(), 1)
                            .map((ended) -> ended ? this.pricing.empty() : read(follower)))
                    .doFinally((signal) -> this.followers.remove(follower));
        });
    }

    /** How many streams this instance follows carts for. */
    int following() {
        return this.followers.size();
    }

    private CartView read(Follower follower) {
        Long customerId = follower.customerId;
        if (customerId != null && !this.accounts.exists(customerId)) {
            // The account is gone: what this stream followed is no one's now.
            follower.end();
            return this.pricing.empty();
        }
        CartView view = this.cart.viewOf(customerId, follower.cartId);
        follower.cartId = view.id();
        follower.productIds =
                view.lines().stream().map((line) -> line.product().id()).toList();
        return view;
    }

    private void signal(CartSignal signal) {
        for (Follower follower : this.followers) {
            switch (signal.kind()) {
                case CHANGED -> follower.changed(signal);
                case SIGNED_IN -> follower.signedIn(signal);
                case SIGNED_OUT -> {
                    if (Objects.equals(follower.session, signal.session())) {
                        follower.end();
                    }
                }
            }
        }
    }

    private void productsChanged(ProductsChanged changed) {
        for (Follower follower : this.followers) {
            if (follower.productIds.stream().anyMatch(changed.ids()::contains)) {
                follower.wake();
            }
        }
    }

    /**
     * One stream's session and what it last saw. Signals arrive on the one live events thread
     * and reads run on the read threads, hence volatile fields.
     */
    private static final class Follower {

        /** Emits false to read again, true to send the empty cart of a session that ended. */
        private final Sinks.Many<Boolean> wakeups = Sinks.many().unicast().onBackpressureBuffer();

        private volatile @Nullable String session;

        private volatile @Nullable Long customerId;

        private volatile @Nullable Long cartId;

        private volatile List<Long> productIds = List.of();

        Follower(@Nullable String session, @Nullable Long customerId, @Nullable Long cartId) {
            this.session = session;
            this.customerId = customerId;
            this.cartId = (customerId != null) ? null : cartId;
        }

        void changed(CartSignal signal) {
            Long customer = this.customerId;
            if (customer != null) {
                if (customer.equals(signal.customerId())) {
                    wake();
                }
                return;
            }
            if (Objects.equals(this.cartId, signal.cartId())) {
                wake();
            } else if (signal.customerId() == null && this.session != null && this.session.equals(signal.session())) {
                // The session's first write made its cart.
                this.cartId = signal.cartId();
                wake();
            }
        }

        void signedIn(CartSignal signal) {
            if (this.session != null && this.session.equals(signal.previousSession())) {
                this.session = signal.session();
                this.customerId = signal.customerId();
                this.cartId = null;
                wake();
            }
        }

        /** From the live events thread, and from a read that found the account gone: one at a time. */
        synchronized void wake() {
            this.wakeups.tryEmitNext(Boolean.FALSE);
        }

        synchronized void end() {
            this.wakeups.tryEmitNext(Boolean.TRUE);
            this.wakeups.tryEmitComplete();
        }
    }
}
