package dev.storefront.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import dev.storefront.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** totalCount is counted once per filter and time-to-live, and afresh after any admin change. */
class ProductCountsTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));

	final ProductCounts counts = new ProductCounts(Duration.ofSeconds(10), this.clock);

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
		assertThat(count(ProductFilter.NONE, 69)).isEqualTo(69);
	}

	@Test
	void aZeroTimeToLiveCountsEveryTime() {
		ProductCounts uncached = new ProductCounts(Duration.ZERO, this.clock);
		uncached.count(ProductFilter.NONE, () -> this.queries.incrementAndGet());
		uncached.count(ProductFilter.NONE, () -> this.queries.incrementAndGet());
		assertThat(this.queries).hasValue(2);
	}

	private long count(ProductFilter filter, long actual) {
		return this.counts.count(filter, () -> {
			this.queries.incrementAndGet();
			return actual;
		});
	}

}
