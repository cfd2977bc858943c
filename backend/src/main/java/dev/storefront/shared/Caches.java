package dev.storefront.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.Weigher;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * The shop's in-memory caches: Caffeine, bounded by an estimate of the bytes its entries hold
 * rather than by their number, since a stranger chooses how large a key is; and timed by the
 * application's {@link Clock}, so that tests move time instead of waiting.
 */
public final class Caches {

    /** What Caffeine and its hash table keep per entry besides the key and the value. */
    public static final int ENTRY_BYTES = 128;

    /** A boxed number, a small record or a {@code BigDecimal} of a few digits, with its reference. */
    public static final int OBJECT_BYTES = 48;

    private static final int STRING_BYTES = 48;

    private Caches() {}

    /**
     * A builder for a cache holding at most {@code maxSize} of estimated entries; eviction runs
     * on the writing thread, so the bound holds at every moment, not only once a background
     * task has caught up. It records hits and misses for its metrics (the owner binds them with
     * Micrometer's {@code CaffeineCacheMetrics}).
     */
    public static <K, V> Caffeine<K, V> weighed(DataSize maxSize, Weigher<? super K, ? super V> bytes) {
        return Caffeine.newBuilder()
                .recordStats()
                .executor(Runnable::run)
                .maximumWeight(maxSize.toBytes())
                .weigher(bytes);
    }

    /**
     * Caffeine's time read from the clock. A wall clock may step (NTP): a cached value then lives
     * a little longer or shorter than its time to live, which every cache here can afford.
     */
    public static Ticker ticker(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
        };
    }

    /** What the cache holds now, in estimated bytes. */
    public static long weightOf(Cache<?, ?> cache) {
        cache.cleanUp();
        return cache.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /** The heap a string takes, assuming two bytes a character (strings outside Latin-1). */
    public static int bytesOf(@Nullable String text) {
        return (text != null) ? STRING_BYTES + 2 * text.length() : 0;
    }

    /** The heap a list of strings takes, with a reference for each. */
    public static int bytesOf(@Nullable Collection<String> texts) {
        if (texts == null) {
            return 0;
        }
        long bytes = OBJECT_BYTES;
        for (String text : texts) {
            bytes += 8 + bytesOf(text);
        }
        return (int) Math.min(bytes, Integer.MAX_VALUE);
    }
}
