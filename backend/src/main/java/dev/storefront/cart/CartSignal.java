package dev.storefront.cart;

import org.jspecify.annotations.Nullable;

/**
 * What live updates tell every instance about carts, after the commit that caused it: ids and
 * session digests ({@code LiveClient.keyOf}) only, never a cart's contents. Each instance's
 * {@link CartStreams} works out which of its subscribers the signal concerns, and reads their
 * carts afresh.
 *
 * @param kind what happened
 * @param cartId the cart that changed ({@code CHANGED})
 * @param customerId the customer whose cart it is ({@code CHANGED}), or who signed in ({@code SIGNED_IN})
 * @param session the digest of the session an anonymous cart belongs to ({@code CHANGED}), or of the
 *     session that signed in (under its new id) or out
 * @param previousSession the digest of the session's id before it signed in ({@code SIGNED_IN})
 */
record CartSignal(
        Kind kind,
        @Nullable Long cartId,
        @Nullable Long customerId,
        @Nullable String session,
        @Nullable String previousSession) {

    static final String TOPIC = "cart";

    static CartSignal changed(long cartId, @Nullable Long customerId, @Nullable String session) {
        return new CartSignal(Kind.CHANGED, cartId, customerId, session, null);
    }

    static CartSignal signedIn(String previousSession, String session, long customerId) {
        return new CartSignal(Kind.SIGNED_IN, null, customerId, session, previousSession);
    }

    static CartSignal signedOut(String session) {
        return new CartSignal(Kind.SIGNED_OUT, null, null, session, null);
    }

    enum Kind {

        /** A cart was written or deleted. */
        CHANGED,

        /** A session signed in: it has a new id, and its cart is now its customer's. */
        SIGNED_IN,

        /** A session signed out and is gone: its cart is now an empty one. */
        SIGNED_OUT
    }
}
