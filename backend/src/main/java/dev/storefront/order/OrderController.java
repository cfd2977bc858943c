package dev.storefront.order;

import dev.storefront.account.CustomerView;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The shopper's side of orders: one order by number, the order history ({@code myOrders},
 * {@code Customer.orders}) and cancelling. Who may see and do what is decided by the services.
 */
@Controller
class OrderController {

    private final OrderQueries queries;

    private final OrderLifecycle lifecycle;

    OrderController(OrderQueries queries, OrderLifecycle lifecycle) {
        this.queries = queries;
        this.lifecycle = lifecycle;
    }

    @QueryMapping
    @Nullable
    OrderView order(@Argument String number) {
        return this.queries.order(number).orElse(null);
    }

    @QueryMapping
    OrderConnection myOrders(@Argument @Nullable Integer first, @Argument @Nullable String after) {
        return this.queries.mine(OrderPageRequest.of(first, after));
    }

    /**
     * One customer's history. A field per customer, not a batch: a customer is read one at a time
     * (me, or an order's customer), and each page costs the same few statements.
     */
    @SchemaMapping(typeName = "Customer")
    OrderConnection orders(CustomerView customer, @Argument @Nullable Integer first, @Argument @Nullable String after) {
        return this.queries.of(customer.id(), OrderPageRequest.of(first, after));
    }

    @SchemaMapping(typeName = "OrderConnection")
    long totalCount(OrderConnection connection) {
        return this.queries.count(connection.matching());
    }

    @MutationMapping
    OrderPayload cancelOrder(@Argument String number) {
        return this.lifecycle.cancel(number);
    }
}
