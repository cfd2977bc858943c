package dev.storefront.account;

/**
 * Published when a session has signed out, in the signing-out request, once the session is
 * deleted. Heard synchronously (it names a session: it is never stored or sent on).
 *
 * @param sessionId the id the deleted session had
 */
public record SignedOut(String sessionId) {}
