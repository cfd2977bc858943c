package dev.storefront.cart;

import java.util.Set;

import dev.storefront.account.SignedIn;
import dev.storefront.account.SignedOut;
import dev.storefront.live.LiveClient;
import dev.storefront.live.LiveEvents;
import dev.storefront.shared.AfterCommit;
import dev.storefront.shared.EntityWriteListeners;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells live updates ({@code cartChanged}) what happened to carts, once it has committed: every
 * write of a cart or of its lines through JPA, whoever makes it (a tab, another device, the
 * sign-in merge, checkout), heard from Hibernate as it is flushed; and a session signing in
 * (its id changes) or out. A rolled-back write tells nothing. The signals carry ids and session
 * digests only; each subscriber's cart is read afresh, as its own session sees it.
 */
@Component
class CartChanges implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final LiveEvents live;

    private final CartSession session;

    CartChanges(EntityManagerFactory entityManagerFactory, LiveEvents live, CartSession session) {
        this.live = live;
        this.session = session;
        EntityWriteListeners.append(entityManagerFactory, this);
    }

    /**
     * The session that is signing in had another id until now: its subscribers follow it to its
     * new id and its customer's cart. Told after the sign-in's commit, before the merge's own changes.
     */
    void signedIn(SignedIn event) {
        String previous = event.previousSessionId();
        String current = this.session.currentId().orElse(null);
        if (previous != null && current != null) {
            CartSignal signal =
                    CartSignal.signedIn(LiveClient.keyOf(previous), LiveClient.keyOf(current), event.customerId());
            AfterCommit.run(() -> this.live.publish(CartSignal.TOPIC, signal));
        }
    }

    @EventListener
    void signedOut(SignedOut event) {
        CartSignal signal = CartSignal.signedOut(LiveClient.keyOf(event.sessionId()));
        AfterCommit.run(() -> this.live.publish(CartSignal.TOPIC, signal));
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        written(event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        written(event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        written(event.getEntity());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void written(Object entity) {
        Cart cart =
                (entity instanceof CartLine line) ? line.getCart() : (entity instanceof Cart written) ? written : null;
        if (cart == null) {
            return;
        }
        Written change = new Written(cart.getId(), cart.getCustomerId(), cart.getSessionId());
        AfterCommit.gather(this, change, this::publish);
    }

    private void publish(Set<Written> changes) {
        for (Written change : changes) {
            this.live.publish(
                    CartSignal.TOPIC,
                    CartSignal.changed(
                            change.cartId(),
                            change.customerId(),
                            (change.sessionId() != null) ? LiveClient.keyOf(change.sessionId()) : null));
        }
    }

    /** A cart as it was written: whose it was. */
    private record Written(
            long cartId,
            @Nullable Long customerId,
            @Nullable String sessionId) {}
}
