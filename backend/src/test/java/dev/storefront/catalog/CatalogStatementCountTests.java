package dev.storefront.catalog;

import dev.storefront.StorefrontTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: a page with each product's category (and that category's product count) and tags
 * costs the same small number of SQL statements whatever the page size.
 */
@StorefrontTest
class CatalogStatementCountTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aPageCostsTheSameStatementsWhateverItsSize() {
		long small = statementsFor(2);
		long large = statementsFor(14);
		// products, their tags, their categories, the categories' counts, and the total count.
		assertThat(large).isEqualTo(small).isLessThanOrEqualTo(5);
	}

	@Test
	void tagsAreReadOnlyWhenAskedFor() {
		Statistics statistics = statistics();
		statistics.clear();
		this.graphQl.document("{ products(first: 14) { nodes { slug title category { name } } } }")
			.execute()
			.path("products.nodes")
			.entityList(Object.class)
			.hasSize(14);
		// The products and their categories; no tags, no count.
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
	}

	@Test
	void aProductLookupCostsAFewStatements() {
		Statistics statistics = statistics();
		statistics.clear();
		this.graphQl.documentName("productBySlug").variable("slug", "summit-tent").execute().path("product.slug")
			.hasValue();
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
	}

	private long statementsFor(int pageSize) {
		Statistics statistics = statistics();
		statistics.clear();
		this.graphQl.documentName("catalogPage")
			.variable("first", pageSize)
			.execute()
			.path("products.nodes")
			.entityList(Object.class)
			.hasSize(pageSize);
		return statistics.getPrepareStatementCount();
	}

	private Statistics statistics() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		assertThat(statistics.isStatisticsEnabled()).as("hibernate.generate_statistics").isTrue();
		return statistics;
	}

}
