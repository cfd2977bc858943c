package dev.storefront.catalog;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
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

	private final ProductRepository products;

	ProductIndexing(EntityManager entityManager, ProductRepository products) {
		this.entityManager = entityManager;
		this.products = products;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional(readOnly = true)
	public void rebuildWhenOutOfDate() {
		long documents = Search.session(this.entityManager).search(Product.class).where((f) -> f.matchAll())
			.fetchTotalHitCount();
		long rows = this.products.count();
		if (documents != rows) {
			log.info("The search index holds {} products, the database {}: rebuilding it in the background", documents,
					rows);
			massIndexer().start().whenComplete((done, failure) -> {
				if (failure != null) {
					log.error("Rebuilding the search index failed", failure);
				}
				else {
					log.info("The search index is rebuilt");
				}
			});
		}
	}

	/** Rebuilds the whole index now, for operators and tests. */
	public void rebuild() throws InterruptedException {
		massIndexer().startAndWait();
	}

	private org.hibernate.search.mapper.orm.massindexing.MassIndexer massIndexer() {
		SearchSession session = Search.session(this.entityManager);
		return session.massIndexer(Product.class).threadsToLoadObjects(2).purgeAllOnStart(true);
	}

}
