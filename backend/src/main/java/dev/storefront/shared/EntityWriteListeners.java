package dev.storefront.shared;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEventListener;

/**
 * Hooks a listener into Hibernate for every kind of write it listens to (inserts, updates,
 * deletes, collection changes): for those who must hear every write of their entities as it is
 * flushed, whoever makes it (the search cache, live updates).
 */
public final class EntityWriteListeners {

    private EntityWriteListeners() {}

    public static void append(EntityManagerFactory entityManagerFactory, Object listener) {
        EventListenerRegistry listeners = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        if (listener instanceof PostInsertEventListener insert) {
            listeners.appendListeners(EventType.POST_INSERT, insert);
        }
        if (listener instanceof PostUpdateEventListener update) {
            listeners.appendListeners(EventType.POST_UPDATE, update);
        }
        if (listener instanceof PostDeleteEventListener delete) {
            listeners.appendListeners(EventType.POST_DELETE, delete);
        }
        if (listener instanceof PostCollectionRecreateEventListener recreate) {
            listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, recreate);
        }
        if (listener instanceof PostCollectionUpdateEventListener update) {
            listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, update);
        }
        if (listener instanceof PostCollectionRemoveEventListener remove) {
            listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, remove);
        }
    }
}
