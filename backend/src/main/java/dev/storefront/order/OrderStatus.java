package dev.storefront.order;

import java.util.Set;

/**
 * Where an order stands: {@code PLACED → PAID → SHIPPED}, and {@code CANCELLED} from
 * {@code PLACED} or {@code PAID}. The transitions live here, so that no caller can invent one.
 */
public enum OrderStatus {
    PLACED,
    PAID,
    SHIPPED,
    CANCELLED;

    /** Whether an order in this state may move to {@code next}. */
    public boolean canBecome(OrderStatus next) {
        return switch (this) {
            case PLACED -> Set.of(PAID, CANCELLED).contains(next);
            case PAID -> Set.of(SHIPPED, CANCELLED).contains(next);
            case SHIPPED, CANCELLED -> false;
        };
    }
}
