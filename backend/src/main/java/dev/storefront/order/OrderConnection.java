package dev.storefront.order;

import java.util.List;

import dev.storefront.shared.PageInfo;
import org.springframework.data.jpa.domain.Specification;

/**
 * A page of orders, newest first (Relay connection). {@code totalCount} is counted only when a
 * query asks for it, from the lookup kept here, which already holds who may see what.
 */
record OrderConnection(List<OrderEdge> edges, PageInfo pageInfo, Specification<Order> matching) {

    // Public: graphql-java reads only public accessors.
    public List<OrderView> nodes() {
        return this.edges.stream().map(OrderEdge::node).toList();
    }

    /** An order in a page, with the cursor that marks its place. */
    record OrderEdge(String cursor, OrderView node) {}
}
