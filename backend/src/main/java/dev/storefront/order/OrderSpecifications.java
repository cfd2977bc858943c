package dev.storefront.order;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The named lookups every order list is made of, composable with {@code and}: a customer's
 * history is {@code ownedBy(id)}, the admin list any mix of {@code withStatus},
 * {@code withEmail} and {@code withNumber}, and every page after the first
 * adds {@code placedBefore(cursor)}. Each matches an index of V8 (customer, status, email, number).
 */
final class OrderSpecifications {

    /** Newest first, the id breaking ties: the order {@link #placedBefore} pages through. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("placedAt"), Sort.Order.desc("id"));

    private OrderSpecifications() {}

    /** Every order. */
    static Specification<Order> any() {
        return (root, query, cb) -> cb.conjunction();
    }

    /** No order at all: what a text that can't be an order number matches. */
    static Specification<Order> none() {
        return (root, query, cb) -> cb.disjunction();
    }

    static Specification<Order> ownedBy(long customerId) {
        return (root, query, cb) -> cb.equal(root.get("customerId"), customerId);
    }

    static Specification<Order> withStatus(OrderStatus status) {
        return (root, query, cb) -> cb.equal(root.get("status"), status);
    }

    /** The email as placed; give it in canonical form, as orders keep it. */
    static Specification<Order> withEmail(String canonicalEmail) {
        return (root, query, cb) -> cb.equal(root.get("email"), canonicalEmail);
    }

    /** The number in canonical form ({@link OrderNumberFormat}). */
    static Specification<Order> withNumber(String canonicalNumber) {
        return (root, query, cb) -> cb.equal(root.get("number"), canonicalNumber);
    }

    /** The orders after the cursor's in {@link #NEWEST_FIRST}: placed earlier, or at once with a lower id. */
    static Specification<Order> placedBefore(OrderCursor cursor) {
        return (root, query, cb) -> cb.or(
                cb.lessThan(root.get("placedAt"), cursor.placedAt()),
                cb.and(cb.equal(root.get("placedAt"), cursor.placedAt()), cb.lessThan(root.get("id"), cursor.id())));
    }
}
