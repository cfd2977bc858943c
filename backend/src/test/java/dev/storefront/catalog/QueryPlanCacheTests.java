package dev.storefront.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import dev.storefront.SqlStatements;
import dev.storefront.StorefrontTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate keeps a plan per query shape, and each plan holds the values of the query that made
 * it: however many shapes strangers' filters make, the plans kept stay few. Products read by id
 * reuse a plan instead of translating their query each time.
 */
@StorefrontTest
class QueryPlanCacheTests {

    static final int MAX_PLANS = 256;

    @Autowired
    Catalog catalog;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    SqlStatements sql;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void manyFilterShapesKeepABoundedNumberOfPlans() {
        for (int slugs : List.of(1, 2, 3, 5, 9, 17, 33)) {
            for (int conditions = 0; conditions < 16; conditions++) {
                for (ProductSort sort : List.of(
                        ProductSort.NEWEST, ProductSort.PRICE_ASC, ProductSort.PRICE_DESC, ProductSort.TITLE_ASC)) {
                    this.catalog.products(filter(slugs, conditions), sort, ProductPageRequest.of(1, null, null, null));
                }
            }
        }
        assertThat(plans()).isPositive().isLessThanOrEqualTo(MAX_PLANS);
    }

    @Test
    void categoryListsArePaddedToFewLengths() {
        this.sql.clear();
        this.catalog.products(filter(3, 0), ProductSort.NEWEST, ProductPageRequest.of(1, null, null, null));
        assertThat(this.sql.mentioning("from product"))
                .singleElement()
                .asString()
                .containsPattern("in\\s*\\(\\?,\\s*\\?,\\s*\\?,\\s*\\?\\)");
    }

    @Test
    void productsByIdAreReadWithOnePlanPerPaddedCount() {
        Statistics statistics =
                this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        this.catalog.productsInAnyState(List.of(1L, 2L, 3L));
        statistics.clear();
        this.sql.clear();
        this.catalog.productsInAnyState(List.of(4L, 5L, 6L, 7L));
        this.catalog.productsInAnyState(List.of(8L, 9L, 9L, 10L));
        // Each query is found twice, as parsed and as translated to SQL; a query with a list
        // parameter (in :ids) has its SQL translated anew on every execution, never found.
        assertThat(statistics.getQueryPlanCacheHitCount()).isEqualTo(4);
        assertThat(statistics.getQueryPlanCacheMissCount()).isZero();
        assertThat(this.sql.mentioning("from product"))
                .hasSize(2)
                .allSatisfy((statement) -> assertThat(statement).containsPattern("in\\s*\\(\\?(,\\s*\\?){3}\\)"));
    }

    @Test
    void productsByIdAreAllFoundHoweverManyAreAsked() {
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 300).boxed().toList());
        ids.addAll(List.of(3L, 3L, 7L, 1_000_000L));
        Long known = this.jdbc.queryForObject("select count(*) from product where id <= 300", Long.class);
        Map<Long, ProductView> found = this.catalog.productsInAnyState(ids);
        assertThat(found).hasSize(known.intValue()).containsKeys(1L, 3L, 7L).doesNotContainKey(1_000_000L);
        assertThat(found.values())
                .allSatisfy((product) -> assertThat(product.title()).isNotBlank());
    }

    /** Some slugs, and each bit of {@code conditions} adds one more condition: a distinct query shape. */
    private static ProductFilter filter(int slugs, int conditions) {
        List<String> categorySlugs = IntStream.range(0, slugs)
                .mapToObj((i) -> "no-such-category-" + i)
                .toList();
        return new ProductFilter(
                null,
                categorySlugs,
                ((conditions & 1) != 0) ? BigDecimal.ONE : null,
                ((conditions & 2) != 0) ? BigDecimal.TEN : null,
                ((conditions & 4) != 0) ? Boolean.TRUE : null,
                ((conditions & 8) != 0) ? Boolean.TRUE : null,
                null);
    }

    private int plans() {
        return this.entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getQueryEngine()
                .getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }
}
