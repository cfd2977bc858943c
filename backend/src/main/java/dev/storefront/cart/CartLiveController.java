package dev.storefront.cart;

import java.util.Optional;

import dev.storefront.account.Accounts;
import dev.storefront.live.LiveClient;
import dev.storefront.live.LiveSubscriptions;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** The cart's subscription: {@code cartChanged}. */
@Controller
class CartLiveController {

    private final CartStreams streams;

    private final LiveSubscriptions subscriptions;

    private final CartSession session;

    private final Accounts accounts;

    private final CartPricing pricing;

    CartLiveController(
            CartStreams streams,
            LiveSubscriptions subscriptions,
            CartSession session,
            Accounts accounts,
            CartPricing pricing) {
        this.streams = streams;
        this.subscriptions = subscriptions;
        this.session = session;
        this.accounts = accounts;
        this.pricing = pricing;
    }

    /**
     * This session's cart now, then after every change. Without a session (nothing written yet)
     * there is nothing to follow: the empty cart, and the stream completes.
     */
    @SubscriptionMapping
    Flux<CartView> cartChanged() {
        LiveClient client = LiveClient.current();
        Optional<Long> customer = this.accounts.currentCustomerId();
        if (client.sessionId() == null && customer.isEmpty()) {
            return this.subscriptions.open(client, Flux.just(this.pricing.empty()));
        }
        Long anonymousCart = customer.isEmpty() ? this.session.cartId().orElse(null) : null;
        return this.subscriptions.open(
                client, this.streams.follow(client.sessionKey(), customer.orElse(null), anonymousCart));
    }
}
