package dev.storefront.account;

import org.jspecify.annotations.Nullable;

/**
 * Published when a session has just signed in (by logging in or registering), after the
 * session id changed and while the session still holds what it held when anonymous. Heard
 * synchronously, in the signing-in request (it names a session: it is never stored or sent on).
 *
 * @param previousSessionId the session's id before signing in gave it a new one; null when the
 *     request had no session
 */
public record SignedIn(long customerId, @Nullable String previousSessionId) {}
