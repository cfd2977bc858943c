package dev.storefront.order;

import dev.storefront.shared.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Orders placed and cancelled, and the value placed by currency, counted once the transaction
 * commits. Tagged by currency only (the shop's own ISO code), never by an order or a customer.
 */
@Component
class OrderMetrics {

    private final MeterRegistry registry;

    private final Counter cancelled;

    OrderMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.cancelled = Counter.builder("storefront.orders.cancelled")
                .description("Orders cancelled")
                .register(registry);
    }

    /** In the placing transaction (a plain listener, so no event publication is stored for it). */
    @EventListener
    void placed(OrderPlaced order) {
        String currency = order.total().currencyCode();
        double amount = order.total().amount().doubleValue();
        AfterCommit.run(() -> {
            Counter.builder("storefront.orders.placed")
                    .description("Orders placed")
                    .tag("currency", currency)
                    .register(this.registry)
                    .increment();
            DistributionSummary.builder("storefront.orders.value")
                    .description("The totals of the orders placed, in their currency")
                    .tag("currency", currency)
                    .register(this.registry)
                    .record(amount);
        });
    }

    void cancelled() {
        AfterCommit.run(this.cancelled::increment);
    }
}
