package dev.storefront.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import dev.storefront.shared.Caches;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Every category, read at most once per {@code storefront.catalog.category-cache-ttl}: each
 * catalog page, search and type-ahead needs category names, and a shop has few categories that
 * change only through the database (the API cannot change them), so reading them once a minute
 * instead of on every request is worth a minute's delay for a category added by hand. Callers
 * that arrive while the categories are being read wait for that one read. A catalog whose
 * categories take more than {@code storefront.catalog.category-cache-max-size} is read every
 * time instead.
 */
@Component
class CategoryCache implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(CategoryCache.class);

    private static final String KEY = "categories";

    /** A category's view, its texts aside, and its place in the list and the two maps. */
    private static final int CATEGORY_BYTES = 2 * Caches.OBJECT_BYTES + 3 * 40;

    private final CategoryRepository repository;

    private final Cache<String, Snapshot> snapshot;

    private final long maxBytes;

    private final AtomicBoolean toldTooLarge = new AtomicBoolean();

    CategoryCache(
            CategoryRepository repository,
            @Value("${storefront.catalog.category-cache-ttl:60s}") Duration ttl,
            @Value("${storefront.catalog.category-cache-max-size:1MB}") DataSize maxSize,
            Clock clock) {
        this.repository = repository;
        this.maxBytes = maxSize.toBytes();
        this.snapshot = Caches.weighed(maxSize, (String key, Snapshot snapshot) -> snapshot.bytes())
                .expireAfterWrite(ttl)
                .ticker(Caches.ticker(clock))
                .build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, this.snapshot, "categories");
    }

    /** The categories as they were at most one time-to-live ago. */
    Snapshot current() {
        return this.snapshot.get(KEY, (key) -> read());
    }

    /** The categories changed: read them again on the next call. */
    void forget() {
        this.snapshot.invalidateAll();
    }

    /** The memory the remembered categories take, in estimated bytes. */
    long weight() {
        return Caches.weightOf(this.snapshot);
    }

    private Snapshot read() {
        Snapshot read = new Snapshot(this.repository.findAll(Sort.by("name")).stream()
                .map(Category::toView)
                .toList());
        if (read.bytes() > this.maxBytes && this.toldTooLarge.compareAndSet(false, true)) {
            log.warn(
                    "The {} categories take about {} bytes, more than storefront.catalog.category-cache-max-size;"
                            + " they are read from the database every time",
                    read.byName().size(),
                    read.bytes());
        }
        return read;
    }

    /** The categories at one moment, by name, id and slug. */
    record Snapshot(List<CategoryView> byName, Map<Long, CategoryView> byId, Map<String, CategoryView> bySlug) {

        Snapshot(List<CategoryView> byName) {
            this(
                    byName,
                    byName.stream().collect(Collectors.toUnmodifiableMap(CategoryView::id, Function.identity())),
                    byName.stream().collect(Collectors.toUnmodifiableMap(CategoryView::slug, Function.identity())));
        }

        int bytes() {
            long bytes = Caches.ENTRY_BYTES + 4L * Caches.OBJECT_BYTES;
            for (CategoryView category : this.byName) {
                bytes += CATEGORY_BYTES
                        + Caches.bytesOf(category.slug())
                        + Caches.bytesOf(category.name())
                        + Caches.bytesOf(category.description());
            }
            return (int) Math.min(bytes, Integer.MAX_VALUE);
        }
    }
}
