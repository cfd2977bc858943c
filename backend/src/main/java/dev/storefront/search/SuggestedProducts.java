package dev.storefront.search;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import dev.storefront.catalog.Catalog;
import dev.storefront.catalog.ProductView;
import dev.storefront.shared.Caches;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The products the type-ahead suggests, by id, kept for as long as the search answers
 * ({@code storefront.search.cache-ttl}) in at most
 * {@code storefront.search.suggested-products-max-size}. The keystrokes of one word ("hea",
 * "head", "headp") suggest the same few products again and again, and reading them from the
 * database was most of what a type-ahead answer not yet cached cost: with them kept, such an
 * answer runs no SQL and no transaction at all. They are forgotten with the search answers, on
 * every committed change to the catalog ({@link SearchIndexChanges}); another instance's changes
 * show here once the time to live has passed, as they do in the answers built from them. The
 * hits and misses are the Micrometer meter {@code cache.gets{cache=suggested-products}}.
 */
@Component
class SuggestedProducts {

    private final Catalog catalog;

    private final @Nullable Cache<Long, ProductView> views;

    /** Bumped by every change, so that a view read before it is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    SuggestedProducts(
            Catalog catalog,
            @Value("${storefront.search.cache-ttl:10s}") Duration ttl,
            @Value("${storefront.search.suggested-products-max-size:2MB}") DataSize maxSize,
            Clock clock,
            MeterRegistry meters) {
        this.catalog = catalog;
        if (ttl.isZero() || maxSize.toBytes() == 0) {
            this.views = null;
            return;
        }
        this.views = Caches.weighed(maxSize, (Long id, ProductView view) -> (int) Math.min(
                        Integer.MAX_VALUE, Caches.ENTRY_BYTES + Caches.OBJECT_BYTES + SearchAnswerSizes.bytesOf(view)))
                .expireAfterWrite(ttl)
                .ticker(Caches.ticker(clock))
                .build();
        CaffeineCacheMetrics.monitor(meters, this.views, "suggested-products");
    }

    /**
     * Those of the products that are on sale, in the order given; unknown ids and products off
     * sale are left out. Only the ids not kept are read from the database, in one statement.
     */
    List<ProductView> onSale(List<Long> ids) {
        Map<Long, ProductView> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            ProductView kept = (this.views != null) ? this.views.getIfPresent(id) : null;
            if (kept != null) {
                found.put(id, kept);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            long before = this.generation.get();
            Map<Long, ProductView> read = this.catalog.productsInAnyState(missing);
            found.putAll(read);
            if (this.views != null) {
                this.views.putAll(read);
                if (this.generation.get() != before) { // read across a change: hand out, don't keep
                    this.views.invalidateAll(read.keySet());
                }
            }
        }
        return ids.stream()
                .map(found::get)
                .filter(Objects::nonNull)
                .filter(ProductView::active)
                .toList();
    }

    /** The catalog changed: every kept product may be out of date. */
    void forgetAll() {
        this.generation.incrementAndGet();
        if (this.views != null) {
            this.views.invalidateAll();
        }
    }

    /** The memory the kept products take, in estimated bytes. */
    long weight() {
        return (this.views != null) ? Caches.weightOf(this.views) : 0;
    }
}
