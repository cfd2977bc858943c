package dev.storefront.shared;

/** The kinds of problem a mutation reports in {@code userErrors}; see the schema for each. */
public enum UserErrorCode {
    INVALID,
    NOT_FOUND,
    INSUFFICIENT_STOCK,
    PRODUCT_UNAVAILABLE,
    EMAIL_TAKEN,
    BAD_CREDENTIALS,
    WEAK_PASSWORD,
    SLUG_TAKEN,
    STALE_OBJECT,
    TOO_MANY_ATTEMPTS,
    CART_EMPTY,
    PRICE_CHANGED,
    ILLEGAL_TRANSITION
}
