package dev.storefront.cart;

import java.time.Instant;
import java.util.Optional;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lock every cart write takes first, for {@link CartRepository}. Only inside the write's
 * transaction: on a connection of its own the lock would end (rolled back) as soon as it was taken.
 */
@Transactional(propagation = Propagation.MANDATORY)
interface CartLocks {

    /**
     * Locks the session's anonymous cart the way a write does, by writing it: the change's time
     * (and the version a flush would have moved). An UPDATE takes the row lock a SELECT ... FOR
     * UPDATE takes, so the write that follows needs neither that SELECT nor an UPDATE at its flush.
     * @return the cart with its lines, read after the lock; empty when there is no such anonymous cart
     */
    Optional<Cart> lockAsChanged(long id, Instant at);

    /** As {@link #lockAsChanged(long, Instant)}, for the owner's cart (a customer's). */
    Optional<Cart> lockAsChanged(String ownerKey, Instant at);
}
