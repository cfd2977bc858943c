package dev.storefront.catalog;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.storefront.live.LiveEvents;
import dev.storefront.live.LiveSubscriptions;
import dev.storefront.shared.LimitExceededException;
import dev.storefront.shared.ShopProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * This instance's {@code productChanged} streams. A {@link ProductsChanged} (from any instance)
 * is read once, on the live read threads, for all the streams it concerns, and each stream is
 * sent what its rights let it see: shoppers the products on sale, and of a product that just went
 * off sale only that it is unavailable ({@link ProductView#withheld}); admins everything.
 */
@Component
class ProductStreams {

    /** Events a stream may fall behind its client by before it is ended (its client then subscribes again). */
    private static final int MAX_BEHIND = 256;

    private final Set<Follower> followers = ConcurrentHashMap.newKeySet();

    private final Catalog catalog;

    private final String currency;

    private final LiveSubscriptions subscriptions;

    private final Clock clock;

    ProductStreams(
            LiveEvents live, Catalog catalog, ShopProperties shop, LiveSubscriptions subscriptions, Clock clock) {
        this.catalog = catalog;
        this.currency = shop.currency();
        this.subscriptions = subscriptions;
        this.clock = clock;
        live.listen(ProductsChanged.TOPIC, ProductsChanged.class, this::changed);
    }

    /** The products as they are now (those the caller may see), then each time one changes. */
    Flux<ProductView> follow(List<Long> ids, boolean admin) {
        return Flux.defer(() -> {
            Follower follower = new Follower(ids, admin);
            // Following before the first read: a change in between is sent, none is missed.
            this.followers.add(follower);
            Flux<ProductView> now = Flux.defer(() -> {
                Map<Long, ProductView> products = this.catalog.productsInAnyState(ids);
                return Flux.fromIterable(ids).mapNotNull((id) -> visible(products.get(id), id, admin, Set.of()));
            });
            return now.concatWith(follower.sink.asFlux()).doFinally((signal) -> this.followers.remove(follower));
        });
    }

    private void changed(ProductsChanged changed) {
        List<Follower> concerned = this.followers.stream()
                .filter((follower) -> follower.followsAny(changed.ids()))
                .toList();
        if (!concerned.isEmpty()) {
            this.subscriptions.reads().schedule(() -> deliver(changed, concerned));
        }
    }

    private void deliver(ProductsChanged changed, List<Follower> concerned) {
        Set<Long> wanted = new HashSet<>();
        concerned.forEach((follower) ->
                changed.ids().stream().filter(follower.ids::contains).forEach(wanted::add));
        Map<Long, ProductView> products;
        try {
            products = this.catalog.productsInAnyState(wanted);
        } catch (RuntimeException ex) {
            // The database is gone (or worse): the streams end, saying so; their clients come back.
            concerned.forEach((follower) -> follower.fail(ex));
            return;
        }
        Set<Long> offSale = Set.copyOf(changed.offSale());
        for (Follower follower : concerned) {
            for (Long id : changed.ids()) {
                if (follower.ids.contains(id)) {
                    ProductView view = visible(products.get(id), id, follower.admin, offSale);
                    if (view != null) {
                        follower.push(view);
                    }
                }
            }
        }
    }

    /** What a follower with these rights is sent of a product; null for nothing. */
    private @Nullable ProductView visible(@Nullable ProductView product, long id, boolean admin, Set<Long> offSale) {
        if (product != null && (admin || product.active())) {
            return product;
        }
        return offSale.contains(id)
                ? ProductView.withheld(id, this.currency, this.clock.instant().atOffset(ZoneOffset.UTC))
                : null;
    }

    /** How many streams this instance follows products for. */
    int following() {
        return this.followers.size();
    }

    private static final class Follower {

        private final Set<Long> ids;

        private final boolean admin;

        private final Sinks.Many<ProductView> sink = Sinks.many()
                .unicast()
                .onBackpressureBuffer(Queues.<ProductView>get(MAX_BEHIND).get());

        Follower(List<Long> ids, boolean admin) {
            this.ids = Set.copyOf(ids);
            this.admin = admin;
        }

        boolean followsAny(List<Long> changed) {
            return changed.stream().anyMatch(this.ids::contains);
        }

        synchronized void push(ProductView view) {
            if (this.sink.tryEmitNext(view) == Sinks.EmitResult.FAIL_OVERFLOW) {
                this.sink.tryEmitError(new LimitExceededException(
                        "STREAM_BEHIND",
                        "This stream fell " + MAX_BEHIND + " events behind its client and was ended; subscribe again"));
            }
        }

        synchronized void fail(Throwable failure) {
            this.sink.tryEmitError(failure);
        }
    }
}
