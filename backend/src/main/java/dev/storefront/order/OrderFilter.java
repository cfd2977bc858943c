package dev.storefront.order;

import org.jspecify.annotations.Nullable;

/** Which orders the admin list shows (the GraphQL {@code OrderFilter}); every given field must match. */
record OrderFilter(
        @Nullable OrderStatus status,
        @Nullable String email,
        @Nullable String number) {

    static final OrderFilter NONE = new OrderFilter(null, null, null);
}
