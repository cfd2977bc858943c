package dev.storefront.catalog;

import java.util.List;

import dev.storefront.SqlStatements;
import dev.storefront.StorefrontTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

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

    @Autowired
    CategoryCache categories;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlStatements sql;

    @AfterEach
    void removeExtraCategory() {
        this.jdbc.update("delete from category where slug = 'added-by-hand'");
        this.categories.forget();
    }

    @Test
    void aPageCostsTheSameStatementsWhateverItsSize() {
        long small = statementsFor(2);
        long large = statementsFor(14);
        // products, their tags, the categories' counts, and the total count; the categories
        // themselves come from memory.
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(4);
    }

    @Test
    void aCatalogPageIsOneStatement() {
        readCategories();
        Statistics statistics = statistics();
        statistics.clear();
        this.graphQl
                .document("{ products(first: 14) { nodes { slug title category { name } } } }")
                .execute()
                .path("products.nodes")
                .entityList(Object.class)
                .hasSize(14);
        // The products; no tags, no count, and the categories come from memory.
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
    }

    @Test
    void theCatalogPageComparesActiveSoMySqlCanUseItsIndexes() {
        this.sql.clear();
        this.graphQl
                .document("{ products(first: 5) { nodes { slug } } }")
                .execute()
                .path("products.nodes")
                .entityList(Object.class)
                .hasSize(5);
        String page = this.sql.mentioning("from product").stream()
                .filter((sql) -> sql.contains("order by"))
                .findFirst()
                .orElseThrow();
        // A bare "where p1_0.active" made MariaDB sort every product on sale for each page.
        assertThat(page).containsPattern("where \\w+\\.active\\s*=");
    }

    @Test
    void categoriesAreReadOnceInAWhile() {
        readCategories();
        Statistics statistics = statistics();
        statistics.clear();
        List<String> slugs = readCategories();
        assertThat(statistics.getPrepareStatementCount()).isZero();
        assertThat(slugs).isNotEmpty().doesNotContain("added-by-hand");

        this.jdbc.update("insert into category (slug, name) values ('added-by-hand', 'Added By Hand')");
        assertThat(readCategories())
                .as("until the cache's time to live is over")
                .doesNotContain("added-by-hand");
        this.categories.forget();
        assertThat(readCategories()).contains("added-by-hand");
    }

    @Test
    void aProductLookupCostsAFewStatements() {
        Statistics statistics = statistics();
        statistics.clear();
        this.graphQl
                .documentName("productBySlug")
                .variable("slug", "summit-tent")
                .execute()
                .path("product.slug")
                .hasValue();
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
    }

    private List<String> readCategories() {
        return this.graphQl
                .document("{ categories { slug } }")
                .execute()
                .path("categories[*].slug")
                .entityList(String.class)
                .get();
    }

    private long statementsFor(int pageSize) {
        readCategories();
        Statistics statistics = statistics();
        statistics.clear();
        this.graphQl
                .documentName("catalogPage")
                .variable("first", pageSize)
                .execute()
                .path("products.nodes")
                .entityList(Object.class)
                .hasSize(pageSize);
        return statistics.getPrepareStatementCount();
    }

    private Statistics statistics() {
        Statistics statistics =
                this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled())
                .as("hibernate.generate_statistics")
                .isTrue();
        return statistics;
    }
}
