package dev.storefront.search;

import java.util.Set;

import dev.storefront.catalog.ProductIndex;
import dev.storefront.catalog.ProductIndexRebuilt;
import dev.storefront.catalog.ProductsChanged;
import dev.storefront.shared.EntityWriteListeners;
import dev.storefront.shared.GraphQlResponseCache;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place that tells the answer caches (the search's, the type-ahead's products, and the
 * API's answers to anonymous reads, {@link GraphQlResponseCache}) the catalog and its index changed: every write of a product or a
 * category (whose name and slug product documents embed) through JPA, whoever makes it (an
 * admin's edit, stock taken or put back by an order, the demo catalog), and a rebuilt index.
 * A write is heard from Hibernate as it is flushed, and the cache forgets once the transaction
 * has committed: Hibernate Search has then indexed it (synchronously, within the commit), so a
 * search that misses afterwards sees the change. Another instance's product writes arrive
 * through live updates' fan-out ({@link ProductsChanged}) and are forgotten here too. SQL run
 * behind JPA's back (a bulk update, a category changed by hand) goes unheard, as does another
 * instance while the fan-out is down: the caches' time to live bounds how long answers may lag.
 */
@Component
class SearchIndexChanges
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PostCollectionRecreateEventListener,
                PostCollectionUpdateEventListener,
                PostCollectionRemoveEventListener {

    /** The entities whose rows the product index is built from, by JPA entity name. */
    private static final Set<String> INDEXED = Set.of(ProductIndex.ENTITY, "Category");

    private final SearchResultCache cache;

    private final SuggestedProducts suggested;

    private final GraphQlResponseCache responses;

    SearchIndexChanges(
            EntityManagerFactory entityManagerFactory,
            SearchResultCache cache,
            SuggestedProducts suggested,
            GraphQlResponseCache responses) {
        this.cache = cache;
        this.suggested = suggested;
        this.responses = responses;
        EntityWriteListeners.append(entityManagerFactory, this);
    }

    @EventListener(ProductIndexRebuilt.class)
    void rebuilt() {
        forgetAll();
    }

    /**
     * Products were written on another instance (heard through live updates' fan-out): this one's
     * answers may show them as they were.
     */
    @EventListener(ProductsChanged.class)
    void writtenOnAnotherInstance() {
        forgetAll();
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getPersister());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getPersister());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getPersister());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        changed(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        changed(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        changed(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void forgetAll() {
        this.cache.forgetAll();
        this.suggested.forgetAll();
        this.responses.forgetAll();
    }

    private void changed(AbstractCollectionEvent event) {
        EntityPersister owner = event.getSession()
                .getFactory()
                .getMappingMetamodel()
                .findEntityDescriptor(event.getAffectedOwnerEntityName());
        if (owner != null) {
            changed(owner);
        }
    }

    private void changed(EntityPersister persister) {
        if (!INDEXED.contains(persister.getJpaEntityName())) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forgetAll();
            return;
        }
        // Once per transaction, however many products it writes (an order of many lines).
        if (!TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SearchIndexChanges.this);
                    if (status != STATUS_ROLLED_BACK) { // committed, or unknown: forgetting is always safe
                        SearchIndexChanges.this.forgetAll();
                    }
                }
            });
        }
    }
}
