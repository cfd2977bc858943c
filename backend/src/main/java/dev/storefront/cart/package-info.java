/**
 * The cart: each session's (or signed-in customer's) cart kept in the database, with only its id
 * in the session. Other modules use {@link dev.storefront.cart.ShoppingCart} only.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cart",
        allowedDependencies = {"shared", "catalog", "account", "live"})
package dev.storefront.cart;
