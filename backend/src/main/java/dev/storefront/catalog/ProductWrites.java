package dev.storefront.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
import org.springframework.stereotype.Component;

/**
 * Tells live updates ({@code productChanged}, and carts holding the product) which products were
 * written, once the write has committed: every write through JPA, whoever makes it (an admin's
 * edit, stock taken by an order or put back by a cancellation), heard from Hibernate as it is
 * flushed, once per transaction. A rolled-back write tells nothing; SQL behind JPA's back goes
 * unheard. Which written products went off sale is told too: it is all a shopper hears of them.
 */
@Component
class ProductWrites implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final LiveEvents live;

    ProductWrites(EntityManagerFactory entityManagerFactory, LiveEvents live) {
        this.live = live;
        EntityWriteListeners.append(entityManagerFactory, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof Product product) {
            written(product.getId(), false);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof Product product) {
            written(product.getId(), wasActive(event.getPersister(), event.getOldState()) && !product.isActive());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Product product) {
            written(product.getId(), wasActive(event.getPersister(), event.getDeletedState()));
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void written(long id, boolean wentOffSale) {
        AfterCommit.gather(this, new Written(id, wentOffSale), this::publish);
    }

    private void publish(Set<Written> writes) {
        List<Long> ids = new ArrayList<>();
        List<Long> offSale = new ArrayList<>();
        for (Written write : writes) {
            if (!ids.contains(write.id())) {
                ids.add(write.id());
            }
            if (write.wentOffSale() && !offSale.contains(write.id())) {
                offSale.add(write.id());
            }
        }
        this.live.publish(ProductsChanged.TOPIC, new ProductsChanged(ids, offSale));
    }

    /** Whether the state Hibernate last knew had the product on sale (unknown: no). */
    private static boolean wasActive(EntityPersister persister, Object[] state) {
        if (state == null) {
            return false;
        }
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if ("active".equals(names[i])) {
                return Boolean.TRUE.equals(state[i]);
            }
        }
        return false;
    }

    private record Written(long id, boolean wentOffSale) {}
}
