package dev.storefront.search;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import dev.storefront.catalog.InactiveForAdminsOnly;
import dev.storefront.catalog.ProductFilter;
import dev.storefront.catalog.ProductPageRequest;
import dev.storefront.catalog.ProductSort;
import dev.storefront.shared.Caches;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

import static dev.storefront.search.SearchViews.SearchFacets;
import static dev.storefront.search.SearchViews.SearchResults;
import static dev.storefront.search.SearchViews.Suggestion;

/**
 * Answers popular searches from memory: a catalog is read far more than it is written, and the
 * same few queries come again and again. Pages, facets and "did you mean" are kept apart (every
 * page and sort of a search shares its facets) for {@code storefront.search.cache-ttl}, in at most
 * {@code storefront.search.cache-max-size} by an estimate of each answer's size; a flood of
 * distinct queries makes the least used make way. Every committed change to a product or a
 * category forgets them all ({@link SearchIndexChanges}), so this instance never answers from
 * before a change it made; another instance's changes show here once the time to live has passed.
 * A hit runs no transaction, no index query and no SQL. The hits and misses are the Micrometer
 * meter {@code cache.gets{cache=search}}.
 */
@Service
class SearchResultCache {

    private final ProductSearch search;

    private final FacetCounting facets;

    private final Suggestions suggestions;

    private final SearchQueries queries;

    private final @Nullable Cache<SearchCacheKey, Object> answers;

    /** Bumped by every change, so that an answer computed before it is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    SearchResultCache(
            ProductSearch search,
            FacetCounting facets,
            Suggestions suggestions,
            SearchQueries queries,
            @Value("${storefront.search.cache-ttl:10s}") Duration ttl,
            @Value("${storefront.search.cache-max-size:16MB}") DataSize maxSize,
            Clock clock,
            MeterRegistry meters) {
        this.search = search;
        this.facets = facets;
        this.suggestions = suggestions;
        this.queries = queries;
        if (ttl.isZero() || maxSize.toBytes() == 0) {
            this.answers = null;
            return;
        }
        this.answers = Caches.weighed(
                        maxSize,
                        (SearchCacheKey key, Object answer) ->
                                Caches.ENTRY_BYTES + key.bytes() + SearchAnswerSizes.bytesOf(answer))
                .expireAfterWrite(ttl)
                .ticker(Caches.ticker(clock))
                .build();
        CaffeineCacheMetrics.monitor(meters, this.answers, "search");
    }

    /** The {@code search} query's page; the caller's right to inactive products is checked first. */
    @InactiveForAdminsOnly
    public SearchResults search(String query, ProductFilter filter, ProductSort sort, ProductPageRequest page) {
        if (query.isBlank()) {
            return this.search.search(query, filter, sort, page); // refused there, as a caller's mistake
        }
        SearchCacheKey key = SearchCacheKey.page(this.queries.text(query), filter, sort, page, isAdmin());
        return answer(key, () -> this.search.search(query, filter, sort, page));
    }

    SearchFacets facets(SearchResults results) {
        return answer(key(SearchCacheKey.Part.FACETS, results), () -> this.facets.facets(results));
    }

    @Nullable
    String didYouMean(SearchResults results) {
        return answer(
                        key(SearchCacheKey.Part.DID_YOU_MEAN, results),
                        () -> Optional.ofNullable(this.suggestions.didYouMean(results)))
                .orElse(null);
    }

    /** The type-ahead's suggestions for what was typed; a limit out of range is refused, never kept. */
    List<Suggestion> suggest(String prefix, int limit) {
        return answer(
                SearchCacheKey.suggestions(this.queries.text(prefix), limit),
                () -> this.suggestions.suggest(prefix, limit));
    }

    /** The index changed: every answer may be wrong. */
    void forgetAll() {
        this.generation.incrementAndGet();
        if (this.answers != null) {
            this.answers.invalidateAll();
        }
    }

    /** The memory the kept answers take, in estimated bytes. */
    long weight() {
        return (this.answers != null) ? Caches.weightOf(this.answers) : 0;
    }

    /**
     * The kept answer, or a new one. Computing runs outside the cache's locks, so requests that
     * miss together each compute rather than queue; an answer whose computing overlapped a change
     * is handed out but not kept (the check after the put closes the gap with a change between).
     */
    @SuppressWarnings("unchecked")
    private <T> T answer(SearchCacheKey key, Supplier<T> compute) {
        if (this.answers == null) {
            return compute.get();
        }
        Object kept = this.answers.getIfPresent(key);
        if (kept != null) {
            return (T) kept;
        }
        long before = this.generation.get();
        T answer = compute.get();
        this.answers.put(key, answer);
        if (this.generation.get() != before) {
            this.answers.invalidate(key);
        }
        return answer;
    }

    private static SearchCacheKey key(SearchCacheKey.Part part, SearchResults results) {
        return SearchCacheKey.of(part, results.text(), results.filter(), isAdmin());
    }

    /** Whether an admin asks: admins' answers are kept apart from everyone else's. */
    private static boolean isAdmin() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null
                && caller.getAuthorities().stream().anyMatch((a) -> "ROLE_ADMIN".equals(a.getAuthority()));
    }
}
