package dev.storefront.account;

/**
 * Published when a session has just signed in (by logging in or registering), after the
 * session id changed and while the session still holds what it held when anonymous.
 */
public record SignedIn(long customerId) {
}
