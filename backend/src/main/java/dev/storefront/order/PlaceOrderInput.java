package dev.storefront.order;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** What {@code placeOrder} is given besides the cart (the GraphQL {@code PlaceOrderInput}), unchecked. */
record PlaceOrderInput(
        @Nullable String email,
        AddressInput shippingAddress,
        String idempotencyKey,
        @Nullable BigDecimal expectedTotal,
        @Nullable String paymentMethod) {

    /** A postal address as the shopper typed it (the GraphQL {@code AddressInput}), unchecked. */
    record AddressInput(
            String name,
            String line1,
            @Nullable String line2,
            String city,
            String postalCode,
            @Nullable String region,
            String countryCode) {}
}
