/**
 * Checkout and orders: {@code placeOrder} turns the session's cart into an order in one
 * transaction, and orders then move through their life cycle ({@link dev.storefront.order.OrderStatus}).
 * Other modules hear of new orders through {@link dev.storefront.order.OrderPlaced} only.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Orders",
        allowedDependencies = {"shared", "catalog", "cart", "account"})
package dev.storefront.order;
