package dev.storefront.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import dev.storefront.shared.Caches;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Remembers how many products each filter matches for a short while
 * ({@code storefront.catalog.count-cache-ttl}): counting every product on sale costs an index
 * scan of the whole catalog, and every catalog page asks for {@code totalCount}. Any change to
 * the catalog through the admin API forgets every count at once. The filters a stranger sends
 * are the keys, so the counts take at most {@code storefront.catalog.count-cache-max-size} of
 * memory, by an estimate of each filter's size; the least used counts make way.
 */
@Component
class ProductCounts implements MeterBinder {

    private final Cache<ProductFilter, Long> counts;

    ProductCounts(
            @Value("${storefront.catalog.count-cache-ttl:10s}") Duration ttl,
            @Value("${storefront.catalog.count-cache-max-size:4MB}") DataSize maxSize,
            Clock clock) {
        this.counts = Caches.weighed(maxSize, (ProductFilter filter, Long count) -> bytesOf(filter))
                .expireAfterWrite(ttl)
                .ticker(Caches.ticker(clock))
                .build();
    }

    /**
     * The filter's count, counted at most once per time to live. Counting runs outside the cache's
     * locks (a count of a large catalog takes a while): requests that miss at the same moment each
     * count, rather than wait for one another or for other filters.
     */
    long count(ProductFilter filter, Supplier<Long> counter) {
        Long cached = this.counts.getIfPresent(filter);
        if (cached != null) {
            return cached;
        }
        long count = counter.get();
        this.counts.put(filter, count);
        return count;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, this.counts, "product-counts");
    }

    /** The catalog changed: every remembered count may be wrong. */
    void forget() {
        this.counts.invalidateAll();
    }

    /** The memory the remembered counts take, in estimated bytes. */
    long weight() {
        return Caches.weightOf(this.counts);
    }

    static int bytesOf(ProductFilter filter) {
        int decimals = ((filter.minPrice() != null) ? 1 : 0) + ((filter.maxPrice() != null) ? 1 : 0);
        return Caches.ENTRY_BYTES
                + 2 * Caches.OBJECT_BYTES
                + Caches.bytesOf(filter.query())
                + Caches.bytesOf(filter.categorySlugs())
                + decimals * Caches.OBJECT_BYTES;
    }
}
