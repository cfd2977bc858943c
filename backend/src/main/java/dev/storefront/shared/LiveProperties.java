package dev.storefront.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live updates (GraphQL subscriptions) under {@code storefront.live.*}: how long a stream may
 * live, what keeps it open through proxies, how many one visitor may hold, and how events reach
 * the other instances of the shop.
 *
 * @param heartbeat how often an idle stream gets a keep-alive (an SSE comment line), so that
 *     proxies and load balancers don't cut it; well under their idle timeouts (often 60 s)
 * @param maxLifetime the longest a stream lives; it then completes and the client subscribes
 *     again (and gets the current state at once). Bounds what an open stream holds on to
 * @param maxSubscriptionsPerSession the most streams one session (a browser's tabs, or one
 *     integrator's token) may hold open at once
 * @param maxSubscriptionsPerClient the most streams one client address may hold open at once,
 *     sessions or not (an office behind one address counts as one client)
 * @param maxSubscriptions the most streams this instance holds open in all, whoever holds them:
 *     what bounds the memory they take. An idle stream holds about 95 KB of heap (most of it the
 *     servlet container's buffers for the request it keeps open; bench/README.md), so the default
 *     takes about 76 MB, what the production image's 192 MB heap affords beside the shop's own;
 *     raise both together
 * @param maxProductIds the most product ids one {@code productChanged} may follow
 * @param readThreads how many threads read the views that events call for (a cart, a page of
 *     products): each holds a database connection while it reads, so streams never take more
 *     of the pool than this, however many events arrive at once; idle streams hold none
 * @param fanout how events reach subscribers: {@code in-process} (one instance, the default) or
 *     {@code redis} (Redis pub/sub, for several instances)
 * @param redis the Redis server, when {@code fanout} is {@code redis}
 */
@ConfigurationProperties("storefront.live")
public record LiveProperties(
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("30m") Duration maxLifetime,
        @DefaultValue("10") int maxSubscriptionsPerSession,
        @DefaultValue("100") int maxSubscriptionsPerClient,
        @DefaultValue("800") int maxSubscriptions,
        @DefaultValue("100") int maxProductIds,
        @DefaultValue("2") int readThreads,
        @DefaultValue("in-process") Fanout fanout,
        @DefaultValue Redis redis) {

    public LiveProperties {
        if (heartbeat.isNegative() || heartbeat.isZero() || maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("storefront.live.heartbeat and max-lifetime must be positive");
        }
    }

    /** How events reach subscribers. */
    public enum Fanout {

        /** Within this instance only: one instance, or the embedded default. */
        IN_PROCESS,

        /** Through Redis pub/sub, to every instance that is configured the same way. */
        REDIS
    }

    /**
     * @param url the server, e.g. {@code redis://127.0.0.1:6379} or
     *     {@code rediss://user:password@redis.example.com:6380/0}
     * @param channel the pub/sub channel every instance of one shop shares; another shop on the
     *     same Redis needs another channel
     * @param timeout how long a publish or a connection attempt may take before it counts as failed
     * @param reconnectDelay how long to wait before trying again to reach a Redis that was down
     */
    public record Redis(
            @DefaultValue("redis://127.0.0.1:6379") String url,
            @DefaultValue("storefront:live") String channel,
            @DefaultValue("2s") Duration timeout,
            @DefaultValue("5s") Duration reconnectDelay) {}
}
