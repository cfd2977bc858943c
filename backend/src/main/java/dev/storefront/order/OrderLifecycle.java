package dev.storefront.order;

import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.storefront.catalog.Inventory;
import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves orders through their life cycle ({@link OrderStatus#canBecome}): admins mark them paid
 * and shipped; the customer or the placing session cancels while {@code PLACED}, an admin while
 * {@code PLACED} or {@code PAID}. Each change reads the status under the order's row lock, so a
 * cancellation restores stock exactly once however many arrive together.
 */
@Service
class OrderLifecycle {

    private final OrderRepository orders;

    private final OrderAccess access;

    private final Inventory inventory;

    private final Clock clock;

    private final OrderMetrics metrics;

    OrderLifecycle(OrderRepository orders, OrderAccess access, Inventory inventory, Clock clock, OrderMetrics metrics) {
        this.orders = orders;
        this.access = access;
        this.inventory = inventory;
        this.clock = clock;
        this.metrics = metrics;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    OrderPayload markPaid(String number) {
        return locked(number).map((order) -> move(order, OrderStatus.PAID)).orElseGet(OrderLifecycle::notFound);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    OrderPayload markShipped(String number) {
        return locked(number).map((order) -> move(order, OrderStatus.SHIPPED)).orElseGet(OrderLifecycle::notFound);
    }

    /** Cancels and puts the stock back; an order the caller can't see is NOT_FOUND, as an unknown one. */
    @Transactional
    OrderPayload cancel(String number) {
        Optional<Order> found = locked(number).filter(this.access::mayRead);
        if (found.isEmpty()) {
            return notFound();
        }
        Order order = found.get();
        if (!this.access.isAdmin()
                && order.getStatus() != OrderStatus.PLACED
                && order.getStatus().canBecome(OrderStatus.CANCELLED)) {
            return OrderPayload.refused(
                    OrderView.of(order),
                    UserError.of(
                            UserErrorCode.ILLEGAL_TRANSITION,
                            "This order is " + order.getStatus() + " and can no longer become CANCELLED by you; "
                                    + "ask the shop to cancel it",
                            "number"));
        }
        OrderPayload payload = move(order, OrderStatus.CANCELLED);
        if (payload.userErrors().isEmpty()) {
            this.inventory.restore(order.getLines().stream()
                    .collect(Collectors.toMap(OrderLine::getProductId, OrderLine::getQuantity, Integer::sum)));
            this.metrics.cancelled();
        }
        return payload;
    }

    private Optional<Order> locked(String number) {
        return OrderNumberFormat.canonical(number, "number").flatMap(this.orders::lockByNumber);
    }

    private OrderPayload move(Order order, OrderStatus next) {
        if (!order.getStatus().canBecome(next)) {
            return OrderPayload.refused(
                    OrderView.of(order),
                    UserError.of(
                            UserErrorCode.ILLEGAL_TRANSITION,
                            "An order that is " + order.getStatus() + " can't become " + next,
                            "number"));
        }
        order.moveTo(next, this.clock.instant());
        this.orders.flush();
        return OrderPayload.changed(OrderView.of(order));
    }

    private static OrderPayload notFound() {
        return OrderPayload.notFound(UserError.of(UserErrorCode.NOT_FOUND, "No order has this number", "number"));
    }
}
