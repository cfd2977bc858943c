package dev.storefront.catalog;

import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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
        assertFound(3);
        Search.mapping(this.entityManagerFactory)
                .scope(Product.class)
                .workspace()
                .purge();
        assertFound(0);
        this.indexing.rebuild();
        assertFound(3);
    }

    private void assertFound(int bambooProducts) {
        new Visitor(this.port)
                .documentName("search")
                .variable("q", "bamboo")
                .execute()
                .path("search.products.totalCount")
                .entity(Integer.class)
                .isEqualTo(bambooProducts);
    }
}
