package dev.storefront.order;

import org.jspecify.annotations.Nullable;

/** A way to pay as the API shows it (the GraphQL {@code PaymentMethod}). */
record PaymentMethodView(String code, String name, String instructions) {

    static PaymentMethodView of(PaymentMethod method, @Nullable String orderNumber) {
        return new PaymentMethodView(method.code(), method.name(), method.instructions(orderNumber));
    }
}
