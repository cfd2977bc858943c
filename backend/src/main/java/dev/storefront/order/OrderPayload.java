package dev.storefront.order;

import java.util.List;

import dev.storefront.shared.UserError;
import org.jspecify.annotations.Nullable;

/** The outcome of a status change: the order as it is now, or why nothing changed. */
record OrderPayload(@Nullable OrderView order, List<UserError> userErrors) {

    static OrderPayload changed(OrderView order) {
        return new OrderPayload(order, List.of());
    }

    /** Nothing changed, and the caller may see the order as it stands. */
    static OrderPayload refused(OrderView order, UserError error) {
        return new OrderPayload(order, List.of(error));
    }

    static OrderPayload notFound(UserError error) {
        return new OrderPayload(null, List.of(error));
    }
}
