package dev.storefront.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import dev.storefront.MutableClock;
import dev.storefront.shared.InputLimits;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * totalCount is counted once per filter and time-to-live, and afresh after any admin change;
 * the counts take no more memory than their bound, however large the filters a stranger sends.
 */
class ProductCountsTests {

    static final DataSize BOUND = DataSize.ofMegabytes(1);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));

    final ProductCounts counts = new ProductCounts(Duration.ofSeconds(10), BOUND, this.clock);

    final AtomicLong queries = new AtomicLong();

    @Test
    void aCountIsReusedWithinItsTimeToLive() {
        assertThat(count(ProductFilter.NONE, 70)).isEqualTo(70);
        this.clock.advance(Duration.ofSeconds(9));
        assertThat(count(ProductFilter.NONE, 71)).isEqualTo(70);
        assertThat(this.queries).hasValue(1);
        this.clock.advance(Duration.ofSeconds(2));
        assertThat(count(ProductFilter.NONE, 71)).isEqualTo(71);
        assertThat(this.queries).hasValue(2);
    }

    @Test
    void eachFilterHasItsOwnCount() {
        ProductFilter featured = new ProductFilter(null, null, null, null, true, null, null);
        assertThat(count(ProductFilter.NONE, 70)).isEqualTo(70);
        assertThat(count(featured, 12)).isEqualTo(12);
        assertThat(this.queries).hasValue(2);
    }

    @Test
    void anAdminChangeForgetsEveryCount() {
        count(ProductFilter.NONE, 70);
        this.counts.forget();
        assertThat(this.counts.weight()).isZero();
        assertThat(count(ProductFilter.NONE, 69)).isEqualTo(69);
    }

    @Test
    void aZeroTimeToLiveCountsEveryTime() {
        ProductCounts uncached = new ProductCounts(Duration.ZERO, BOUND, this.clock);
        uncached.count(ProductFilter.NONE, () -> this.queries.incrementAndGet());
        uncached.count(ProductFilter.NONE, () -> this.queries.incrementAndGet());
        assertThat(this.queries).hasValue(2);
        assertThat(uncached.weight()).isZero();
    }

    @Test
    void filtersAsLargeAsTheApiAllowsTakeNoMoreThanTheBound() {
        long eachFilter = ProductCounts.bytesOf(largest(0));
        int filters = 2_000;
        assertThat(eachFilter * filters)
                .as("what the filters would take without a bound")
                .isGreaterThan(20 * BOUND.toBytes());
        IntStream.range(0, filters).forEach((i) -> count(largest(i), i));
        assertThat(this.counts.weight()).isPositive().isLessThanOrEqualTo(BOUND.toBytes());

        ProductFilter small = new ProductFilter(null, List.of("kitchen"), null, null, null, null, null);
        this.queries.set(0);
        count(small, 4);
        assertThat(count(small, 5)).as("a small filter is still remembered").isEqualTo(4);
        assertThat(this.queries).hasValue(1);
    }

    @Test
    void aFilterInUseOutlivesAFloodOfOneOffFilters() {
        count(ProductFilter.NONE, 70);
        for (int i = 0; i < 12_000; i++) {
            count(new ProductFilter(null, List.of("one-off-" + i), null, null, null, null, null), i);
            if (i % 100 == 0) {
                assertThat(count(ProductFilter.NONE, 71)).isEqualTo(70);
            }
        }
        assertThat(this.counts.weight()).isLessThanOrEqualTo(BOUND.toBytes());
    }

    /** A filter with as many category slugs, each as long, as the API lets through; distinct per seed. */
    private static ProductFilter largest(int seed) {
        List<String> slugs = IntStream.range(0, InputLimits.MAX_CATEGORY_SLUGS)
                .mapToObj((i) -> String.format("%0" + InputLimits.MAX_SLUG + "d", seed * 100L + i))
                .toList();
        return new ProductFilter(null, slugs, null, null, null, null, null);
    }

    private long count(ProductFilter filter, long actual) {
        return this.counts.count(filter, () -> {
            this.queries.incrementAndGet();
            return actual;
        });
    }
}
