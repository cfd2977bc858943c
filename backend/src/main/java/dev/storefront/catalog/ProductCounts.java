package dev.storefront.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Remembers how many products each filter matches for a short while
 * ({@code storefront.catalog.count-cache-ttl}): counting every product on sale costs an index
 * scan of the whole catalog, and every catalog page asks for {@code totalCount}. Any change to
 * the catalog through the admin API forgets every count at once.
 */
@Component
class ProductCounts {

	private static final int MAX_ENTRIES = 10_000;

	private final Map<ProductFilter, Counted> counts = new ConcurrentHashMap<>();

	private final Duration ttl;

	private final Clock clock;

	ProductCounts(@Value("${storefront.catalog.count-cache-ttl:10s}") Duration ttl, Clock clock) {
		this.ttl = ttl;
		this.clock = clock;
	}

	long count(ProductFilter filter, Supplier<Long> counter) {
		if (this.ttl.isZero()) {
			return counter.get();
		}
		Instant now = this.clock.instant();
		Counted cached = this.counts.get(filter);
		if (cached != null && now.isBefore(cached.until())) {
			return cached.count();
		}
		if (this.counts.size() >= MAX_ENTRIES) {
			this.counts.clear();
		}
		long count = counter.get();
		this.counts.put(filter, new Counted(count, now.plus(this.ttl)));
		return count;
	}

	/** The catalog changed: every remembered count may be wrong. */
	void forget() {
		this.counts.clear();
	}

	private record Counted(long count, Instant until) {
	}

}
