package dev.storefront.order;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The admin's side of orders: the list of every order, and marking orders paid and shipped. */
@Controller
class OrderAdminController {

    private final OrderQueries queries;

    private final OrderLifecycle lifecycle;

    OrderAdminController(OrderQueries queries, OrderLifecycle lifecycle) {
        this.queries = queries;
        this.lifecycle = lifecycle;
    }

    @QueryMapping
    OrderConnection orders(
            @Argument @Nullable OrderFilter filter,
            @Argument @Nullable Integer first,
            @Argument @Nullable String after) {
        OrderFilter given = Objects.requireNonNullElse(filter, OrderFilter.NONE);
        return this.queries.all(given, OrderPageRequest.of(first, after));
    }

    @MutationMapping
    OrderPayload markOrderPaid(@Argument String number) {
        return this.lifecycle.markPaid(number);
    }

    @MutationMapping
    OrderPayload markOrderShipped(@Argument String number) {
        return this.lifecycle.markShipped(number);
    }
}
