package dev.storefront.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import dev.storefront.SqlStatements;
import dev.storefront.StorefrontTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate keeps a plan per query shape, and each plan holds the values of the query that made
 * it: however many shapes strangers' filters make, the plans kept stay few.
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
