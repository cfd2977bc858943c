package dev.storefront.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Every category, read at most once per {@code storefront.catalog.category-cache-ttl}: each
 * catalog page, search and type-ahead needs category names, and a shop has few categories that
 * change only through the database (the API cannot change them), so reading them once a minute
 * instead of on every request is worth a minute's delay for a category added by hand.
 */
@Component
class CategoryCache {

	private final CategoryRepository repository;

	private final Duration ttl;

	private final Clock clock;

	private volatile @Nullable Snapshot snapshot;

	CategoryCache(CategoryRepository repository,
			@Value("${storefront.catalog.category-cache-ttl:60s}") Duration ttl, Clock clock) {
		this.repository = repository;
		this.ttl = ttl;
		this.clock = clock;
	}

	/** The categories as they were at most one time-to-live ago. */
	Snapshot current() {
		Instant now = this.clock.instant();
		Snapshot current = this.snapshot;
		if (current != null && now.isBefore(current.until())) {
			return current;
		}
		List<CategoryView> byName = this.repository.findAll(Sort.by("name")).stream().map(Category::toView).toList();
		Snapshot fresh = new Snapshot(byName, now.plus(this.ttl));
		this.snapshot = fresh;
		return fresh;
	}

	/** The categories changed: read them again on the next call. */
	void forget() {
		this.snapshot = null;
	}

	/** The categories at one moment, by name, id and slug. */
	record Snapshot(List<CategoryView> byName, Map<Long, CategoryView> byId, Map<String, CategoryView> bySlug,
			Instant until) {

		Snapshot(List<CategoryView> byName, Instant until) {
			this(byName, byName.stream().collect(Collectors.toUnmodifiableMap(CategoryView::id, Function.identity())),
					byName.stream().collect(Collectors.toUnmodifiableMap(CategoryView::slug, Function.identity())),
					until);
		}

	}

}
