package dev.storefront.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the search index in step with the database: Hibernate Search indexes every committed
 * change; at startup an empty or out-of-date index (its document count differs from the
 * product count) is rebuilt in the background while the shop already answers.
 */
@Component
class ProductIndexing {

    private static final Logger log = LoggerFactory.getLogger(ProductIndexing.class);

    private final EntityManager entityManager;

    private final EntityManagerFactory entityManagerFactory;

    private final ProductRepository products;

    private final boolean rebuildWhenOutOfDate;

    private final ApplicationEventPublisher events;

    ProductIndexing(
            EntityManager entityManager,
            EntityManagerFactory entityManagerFactory,
            ProductRepository products,
            @Value("${storefront.search.rebuild-when-out-of-date:true}") boolean rebuildWhenOutOfDate,
            ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.products = products;
        this.rebuildWhenOutOfDate = rebuildWhenOutOfDate;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional(readOnly = true)
    public void rebuildWhenOutOfDate() {
        if (!this.rebuildWhenOutOfDate) {
            return;
        }
        long documents = Search.session(this.entityManager)
                .search(Product.class)
                .where((f) -> f.matchAll())
                .fetchTotalHitCount();
        long rows = this.products.count();
        if (documents != rows) {
            log.info(
                    "The search index holds {} products, the database {}: rebuilding it in the background",
                    documents,
                    rows);
            massIndexer().start().whenComplete((done, failure) -> {
                if (failure != null) {
                    log.error("Rebuilding the search index failed", failure);
                } else {
                    log.info("The search index is rebuilt");
                    this.events.publishEvent(new ProductIndexRebuilt());
                }
            });
        }
    }

    /** Rebuilds the whole index now, for operators and tests. */
    public void rebuild() throws InterruptedException {
        massIndexer().startAndWait();
        this.events.publishEvent(new ProductIndexRebuilt());
    }

    private MassIndexer massIndexer() {
        return Search.mapping(this.entityManagerFactory)
                .scope(Product.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .purgeAllOnStart(true);
    }
}
