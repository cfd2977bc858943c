package dev.storefront.live;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Live updates' meters: open subscriptions ({@code storefront.live.subscriptions}), refusals by
 * limit ({@code storefront.live.refused}), events dropped by a backed-up instance
 * ({@code storefront.live.events.dropped}), and a broker that can't be reached
 * ({@code storefront.live.fanout.failures}, by operation; {@code storefront.live.fanout.connected}).
 */
final class LiveMetrics {

    private final MeterRegistry registry;

    private final Counter dropped;

    LiveMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.dropped = Counter.builder("storefront.live.events.dropped")
                .description("Live events dropped because this instance's listeners were too far behind")
                .register(registry);
    }

    void subscriptions(Supplier<Number> open) {
        Gauge.builder("storefront.live.subscriptions", open)
                .description("Open subscriptions")
                .register(this.registry);
    }

    void refused(String code) {
        Counter.builder("storefront.live.refused")
                .description("Subscriptions refused, by the limit they hit")
                .tag("code", code)
                .register(this.registry)
                .increment();
    }

    void dropped() {
        this.dropped.increment();
    }

    void fanoutFailed(String operation) {
        Counter.builder("storefront.live.fanout.failures")
                .description("Live events that could not be sent to (or heard from) the broker, by operation")
                .tag("operation", operation)
                .register(this.registry)
                .increment();
    }

    void fanoutConnected(Supplier<Number> connected) {
        Gauge.builder("storefront.live.fanout.connected", connected)
                .description("1 while this instance is connected to the live updates' broker, else 0")
                .register(this.registry);
    }
}
