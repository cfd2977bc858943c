package dev.storefront.catalog;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.storefront.Browser.at;
import static org.assertj.core.api.Assertions.assertThat;

/** An emptied search index is rebuilt from the database. */
@StorefrontTest
class ProductIndexingTests {

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ProductIndexing indexing;

	@Test
	void anEmptyIndexIsRebuiltFromTheDatabase() throws InterruptedException {
		String query = "{ search(query: \"bamboo\") { products { totalCount } } }";
		assertThat(at(new Browser(this.port).graphql(query), "search.products.totalCount")).isEqualTo(3);
		Search.mapping(this.entityManagerFactory).scope(Product.class).workspace().purge();
		assertThat(at(new Browser(this.port).graphql(query), "search.products.totalCount")).isEqualTo(0);
		this.indexing.rebuild();
		assertThat(at(new Browser(this.port).graphql(query), "search.products.totalCount")).isEqualTo(3);
	}

}
