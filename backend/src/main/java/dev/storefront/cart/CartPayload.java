package dev.storefront.cart;

import java.util.List;

import dev.storefront.shared.UserError;

/** The outcome of a cart mutation: the cart as it now is, and what went wrong or was adjusted. */
public record CartPayload(CartView cart, List<UserError> userErrors) {}
