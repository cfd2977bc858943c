package dev.storefront.order;

import java.util.List;
import java.util.Optional;

import dev.storefront.account.Emails;
import dev.storefront.shared.InputLimits;
import dev.storefront.shared.PageInfo;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static dev.storefront.order.OrderSpecifications.NEWEST_FIRST;
import static dev.storefront.order.OrderSpecifications.any;
import static dev.storefront.order.OrderSpecifications.ownedBy;
import static dev.storefront.order.OrderSpecifications.placedBefore;
import static dev.storefront.order.OrderSpecifications.withEmail;
import static dev.storefront.order.OrderSpecifications.withStatus;

/**
 * Reading orders: one by number for whoever may see it, a customer's history, and the admin
 * list. Who may list what is method security; who may see one order is {@link OrderAccess}.
 */
@Service
@Transactional(readOnly = true)
class OrderQueries {

    private final OrderRepository orders;

    private final OrderAccess access;

    OrderQueries(OrderRepository orders, OrderAccess access) {
        this.orders = orders;
        this.access = access;
    }

    /**
     * The order with this number if the caller may see it. An unknown number and another's order
     * answer alike: one lookup, then empty.
     */
    Optional<OrderView> order(String number) {
        return OrderNumberFormat.canonical(number, "number")
                .flatMap(this.orders::findByNumber)
                .filter(this.access::mayRead)
                .map(OrderView::of);
    }

    /** The signed-in customer's orders, newest first. */
    @PreAuthorize("isAuthenticated()")
    OrderConnection mine(OrderPageRequest page) {
        long customerId =
                this.access.customerId().orElseThrow(() -> new AccessDeniedException("Sign in to read your orders"));
        return page(ownedBy(customerId), page);
    }

    /** A customer's orders, for that customer and for admins; anyone else is FORBIDDEN. */
    @PreAuthorize("hasRole('ADMIN') or (isAuthenticated() and #customerId.toString() == authentication.name)")
    OrderConnection of(long customerId, OrderPageRequest page) {
        return page(ownedBy(customerId), page);
    }

    /** Every order the filter matches, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    OrderConnection all(OrderFilter filter, OrderPageRequest page) {
        InputLimits.requireAtMost(Emails.MAX_LENGTH, "filter.email", filter.email());
        InputLimits.requireAtMost(OrderNumberFormat.MAX_INPUT, "filter.number", filter.number());
        Specification<Order> spec = any();
        if (filter.status() != null) {
            spec = spec.and(withStatus(filter.status()));
        }
        if (filter.email() != null) {
            spec = spec.and(withEmail(Emails.canonical(filter.email())));
        }
        if (filter.number() != null) {
            spec = spec.and(OrderNumberFormat.canonical(filter.number(), "filter.number")
                    .map(OrderSpecifications::withNumber)
                    .orElseGet(OrderSpecifications::none));
        }
        return page(spec, page);
    }

    /** How many orders a connection's lookup matches, all pages together. */
    long count(Specification<Order> matching) {
        return this.orders.count(matching);
    }

    private OrderConnection page(Specification<Order> matching, OrderPageRequest page) {
        Specification<Order> spec = (page.after() != null) ? matching.and(placedBefore(page.after())) : matching;
        // One more than the page tells whether another follows, without a count.
        List<Order> rows = this.orders.findBy(
                spec, (q) -> q.sortBy(NEWEST_FIRST).limit(page.size() + 1).all());
        boolean more = rows.size() > page.size();
        // The lines of every order of the page come in one statement (default_batch_fetch_size).
        List<OrderConnection.OrderEdge> edges = rows.subList(0, Math.min(rows.size(), page.size())).stream()
                .map(OrderView::of)
                .map((order) ->
                        new OrderConnection.OrderEdge(OrderCursor.of(order).encode(), order))
                .toList();
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new OrderConnection(edges, new PageInfo(more, page.after() != null, start, end), matching);
    }
}
