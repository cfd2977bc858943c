package dev.storefront.cart;

import dev.storefront.shared.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Carts created and lines added to them, counted once the writing transaction commits. */
@Component
class CartMetrics {

    private final Counter created;

    private final Counter linesAdded;

    CartMetrics(MeterRegistry registry) {
        // "started", not "created": Prometheus reserves the suffix _created.
        this.created = Counter.builder("storefront.carts.started")
                .description("Carts created")
                .register(registry);
        this.linesAdded = Counter.builder("storefront.cart.lines.added")
                .description("Products added to a cart that did not hold them")
                .register(registry);
    }

    void created() {
        AfterCommit.run(this.created::increment);
    }

    void lineAdded() {
        AfterCommit.run(this.linesAdded::increment);
    }
}
