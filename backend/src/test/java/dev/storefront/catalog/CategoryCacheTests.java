package dev.storefront.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.storefront.MutableClock;
import dev.storefront.SqlStatements;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The categories are read from the database once per time to live, again after a change, and
 * never kept when they would take more memory than the bound; against the test catalog's three.
 */
@StorefrontTest
class CategoryCacheTests {

    static final DataSize BOUND = DataSize.ofKilobytes(64);

    @Autowired
    CategoryRepository repository;

    @Autowired
    SqlStatements sql;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));

    @BeforeEach
    void clearStatements() {
        this.sql.clear();
    }

    @Test
    void theCategoriesAreReadOncePerTimeToLive() {
        CategoryCache cache = new CategoryCache(this.repository, Duration.ofSeconds(60), BOUND, this.clock);
        assertThat(cache.current().bySlug()).containsOnlyKeys("audio", "kitchen", "outdoor");
        this.clock.advance(Duration.ofSeconds(59));
        assertThat(cache.current().byName()).hasSize(3);
        assertThat(reads()).isEqualTo(1);
        this.clock.advance(Duration.ofSeconds(2));
        assertThat(cache.current().byName()).hasSize(3);
        assertThat(reads()).isEqualTo(2);
    }

    @Test
    void forgettingReadsThemAgain() {
        CategoryCache cache = new CategoryCache(this.repository, Duration.ofSeconds(60), BOUND, this.clock);
        cache.current();
        cache.forget();
        assertThat(cache.weight()).isZero();
        cache.current();
        assertThat(reads()).isEqualTo(2);
    }

    @Test
    void aZeroTimeToLiveReadsThemEveryTime() {
        CategoryCache cache = new CategoryCache(this.repository, Duration.ZERO, BOUND, this.clock);
        cache.current();
        cache.current();
        assertThat(reads()).isEqualTo(2);
        assertThat(cache.weight()).isZero();
    }

    @Test
    void theCategoriesTakeNoMoreThanTheBound() {
        CategoryCache cache = new CategoryCache(this.repository, Duration.ofSeconds(60), BOUND, this.clock);
        cache.current();
        assertThat(cache.weight()).isPositive().isLessThanOrEqualTo(BOUND.toBytes());
    }

    @Test
    void aCategoryWeighsItsDescriptionToo() {
        CategoryView without = new CategoryView(1, "audio", "Audio", null);
        CategoryView with = new CategoryView(1, "audio", "Audio", "x".repeat(Category.MAX_DESCRIPTION));
        int bare = new CategoryCache.Snapshot(List.of(without)).bytes();
        assertThat(new CategoryCache.Snapshot(List.of(with)).bytes())
                .isGreaterThanOrEqualTo(bare + 2 * Category.MAX_DESCRIPTION);
    }

    @Test
    void categoriesLargerThanTheBoundAreReadEveryTimeAndNotKept() {
        DataSize tooSmall = DataSize.ofBytes(512);
        CategoryCache cache = new CategoryCache(this.repository, Duration.ofSeconds(60), tooSmall, this.clock);
        assertThat(cache.current().byName()).hasSize(3);
        assertThat(cache.current().byName()).hasSize(3);
        assertThat(reads()).isEqualTo(2);
        assertThat(cache.weight()).isZero();
    }

    private long reads() {
        return this.sql.mentioning("from category").size();
    }
}
