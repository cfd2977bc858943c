package dev.storefront.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.storefront.catalog.Catalog;
import dev.storefront.catalog.CategoryView;
import dev.storefront.catalog.ProductConnection;
import dev.storefront.catalog.ProductFilter;
import dev.storefront.catalog.ProductIndex;
import dev.storefront.catalog.ProductPageRequest;
import dev.storefront.catalog.ProductSort;
import dev.storefront.catalog.ProductTextSearch;
import dev.storefront.catalog.ProductView;
import dev.storefront.shared.BadRequestException;
import dev.storefront.shared.PageInfo;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static dev.storefront.search.SearchViews.CategoryFacet;
import static dev.storefront.search.SearchViews.PriceRangeFacet;
import static dev.storefront.search.SearchViews.SearchFacets;
import static dev.storefront.search.SearchViews.SearchResults;
import static dev.storefront.search.SearchViews.Suggestion;

/**
 * Searches the product index: relevance with field weights, one forgiven typo in words of five
 * or more letters, disjunctive facets, "did you mean" and type-ahead. Also the engine behind
 * {@code products(filter: {query})}.
 */
@Service
@Transactional(readOnly = true)
public class ProductSearch implements ProductTextSearch {

	static final int MAX_SUGGESTIONS = 20;

	private static final int FUZZY_FROM_LENGTH = 5;

	private static final int MAX_CATEGORY_SUGGESTIONS = 2;

	private static final AggregationKey<Map<String, Long>> BY_CATEGORY = AggregationKey.of("categories");

	private static final AggregationKey<Map<Range<BigDecimal>, Long>> BY_PRICE = AggregationKey.of("prices");

	private static final AggregationKey<Map<Boolean, Long>> BY_STOCK = AggregationKey.of("inStock");

	private final EntityManager entityManager;

	private final Catalog catalog;

	private final SearchProperties properties;

	private final List<Range<BigDecimal>> priceRanges;

	ProductSearch(EntityManager entityManager, Catalog catalog, SearchProperties properties) {
		this.entityManager = entityManager;
		this.catalog = catalog;
		this.properties = properties;
		this.priceRanges = priceRanges(properties.priceBuckets());
	}

	/** The {@code search} query: a page of results; facets and "did you mean" come on demand. */
	public SearchResults search(String query, ProductFilter filter, ProductSort sort, ProductPageRequest page) {
		if (query.isBlank()) {
			throw new BadRequestException("query may not be blank: type what to search for");
		}
		filter.check();
		// Only the first max-query-length characters count; the rest is dropped, not refused.
		String cut = (query.length() > this.properties.maxQueryLength())
				? query.substring(0, this.properties.maxQueryLength()) : query;
		ProductFilter withText = new ProductFilter(cut, filter.categorySlugs(), filter.minPrice(), filter.maxPrice(),
				filter.featured(), filter.inStock(), filter.includeInactive());
		SearchText text = text(query);
		Page result = page(withText, text, sort, page);
		return new SearchResults(result.connection(), text, withText, result.total());
	}

	@Override
	public ProductConnection products(ProductFilter filter, ProductSort sort, ProductPageRequest page) {
		return page(filter, text(Objects.requireNonNull(filter.query())), sort, page).connection();
	}

	@Override
	public long count(ProductFilter filter) {
		SearchScope<Object> scope = scope();
		return session().search(scope)
			.where(predicate(scope.predicate(), filter, text(Objects.requireNonNull(filter.query())), null))
			.fetchTotalHitCount();
	}

	/**
	 * Facet counts for a search; each facet ignores its own selection, so the others stay visible.
	 * The facets nobody selected count over the search's own matches, so they are counted together
	 * in one pass over the index; each selected facet needs a pass of its own.
	 */
	public SearchFacets facets(SearchResults results) {
		SearchScope<Object> scope = scope();
		SearchPredicateFactory f = scope.predicate();
		FacetCounts counts = new FacetCounts();
		EnumSet<Facet> unselected = EnumSet.noneOf(Facet.class);
		for (Facet facet : Facet.values()) {
			if (facet.isSelectedIn(results.filter())) {
				countFacets(scope, predicate(f, results.filter(), results.text(), facet), EnumSet.of(facet), counts);
			}
			else {
				unselected.add(facet);
			}
		}
		if (!unselected.isEmpty()) {
			countFacets(scope, predicate(f, results.filter(), results.text(), null), unselected, counts);
		}
		Map<String, CategoryView> bySlug = new LinkedHashMap<>();
		this.catalog.categories().forEach((category) -> bySlug.put(category.slug(), category));
		List<CategoryFacet> categoryFacets = counts.categories.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 0 && bySlug.containsKey(entry.getKey()))
			.map((entry) -> new CategoryFacet(bySlug.get(entry.getKey()), entry.getValue()))
			.toList();
		List<PriceRangeFacet> priceFacets = counts.prices.entrySet()
			.stream()
			.map((entry) -> new PriceRangeFacet(entry.getKey().lowerBoundValue().orElse(null),
					entry.getKey().upperBoundValue().orElse(null), entry.getValue()))
			.toList();
		return new SearchFacets(categoryFacets, priceFacets, counts.inStock);
	}

	/** One pass over the products matching {@code where}, counting the given facets. */
	private void countFacets(SearchScope<Object> scope, SearchPredicate where, Set<Facet> facets,
			FacetCounts counts) {
		var query = session().search(scope).where(where);
		if (facets.contains(Facet.CATEGORY)) {
			query.aggregation(BY_CATEGORY,
					(a) -> a.terms().field(ProductIndex.CATEGORY_SLUG, String.class).maxTermCount(100));
		}
		if (facets.contains(Facet.PRICE)) {
			query.aggregation(BY_PRICE,
					(a) -> a.range().field(ProductIndex.PRICE, BigDecimal.class).ranges(this.priceRanges));
		}
		if (facets.contains(Facet.IN_STOCK)) {
			query.aggregation(BY_STOCK, (a) -> a.terms().field(ProductIndex.IN_STOCK, Boolean.class));
		}
		SearchResult<Object> result = query.fetch(0);
		if (facets.contains(Facet.CATEGORY)) {
			counts.categories = result.aggregation(BY_CATEGORY);
		}
		if (facets.contains(Facet.PRICE)) {
			counts.prices = result.aggregation(BY_PRICE);
		}
		if (facets.contains(Facet.IN_STOCK)) {
			counts.inStock = result.aggregation(BY_STOCK).getOrDefault(Boolean.TRUE, 0L);
		}
	}

	/**
	 * A corrected query when this one found fewer than {@code storefront.search.did-you-mean-below}
	 * results: each word is replaced by the nearest word (at most two edits) of the products a
	 * looser search finds, and the correction is offered only when it finds more.
	 */
	public @Nullable String didYouMean(SearchResults results) {
		if (results.total() >= this.properties.didYouMeanBelow() || results.text().isEmpty()) {
			return null;
		}
		SearchScope<Object> scope = scope();
		SearchPredicateFactory f = scope.predicate();
		var loose = f.bool();
		for (String word : results.text().words()) {
			loose.should(f.match()
				.field(ProductIndex.TITLE)
				.field(ProductIndex.CATEGORY_NAME)
				.field(ProductIndex.TAGS)
				.matching(word)
				.fuzzy(Math.min(2, Math.max(0, word.length() - 2))));
		}
		List<Long> ids = session().search(scope)
			.select((p) -> p.id(Long.class))
			.where(f.bool().must(loose).filter(onSale(f)).toPredicate())
			.fetchHits(20);
		if (ids.isEmpty()) {
			return null;
		}
		Vocabulary vocabulary = Vocabulary.of(this.catalog.productsInAnyState(ids).values(),
				this.catalog.tagsOf(ids).values(), this.catalog.categories());
		String corrected = String.join(" ", results.text().words().stream().map(vocabulary::nearest).toList());
		if (corrected.equals(results.text().text())) {
			return null;
		}
		long correctedTotal = session().search(scope)
			.where(predicate(f, results.filter(), text(corrected), null))
			.fetchTotalHitCount();
		return (correctedTotal > results.total()) ? corrected : null;
	}

	/** Type-ahead over titles (forgiving a typo in words of five letters or more) and category names. */
	public List<Suggestion> suggest(String prefix, int limit) {
		if (limit < 1 || limit > MAX_SUGGESTIONS) {
			throw new BadRequestException("limit must be between 1 and " + MAX_SUGGESTIONS);
		}
		SearchText typed = text(prefix);
		if (typed.isEmpty()) {
			return List.of();
		}
		List<Suggestion> suggestions = new ArrayList<>();
		this.catalog.categories()
			.stream()
			.filter((category) -> Vocabulary.startsEveryWord(category.name(), typed.words()))
			.limit(Math.min(MAX_CATEGORY_SUGGESTIONS, limit))
			.forEach((category) -> suggestions.add(new Suggestion(category.name(), null, category)));
		SearchScope<Object> scope = scope();
		SearchPredicateFactory f = scope.predicate();
		var all = f.bool().filter(onSale(f));
		for (String word : typed.words()) {
			// The start of a title word; from five letters on, also with one typo (scoring less).
			var one = f.bool().should(f.match().field(ProductIndex.TITLE_PREFIX).matching(word).boost(2));
			if (word.length() >= FUZZY_FROM_LENGTH) {
				one.should(f.match().field(ProductIndex.TITLE_PREFIX).matching(word).fuzzy(1));
			}
			all.must(one);
		}
		List<Long> ids = session().search(scope)
			.select((p) -> p.id(Long.class))
			.where(all.toPredicate())
			.sort(relevance(scope.sort()))
			.fetchHits(limit - suggestions.size());
		Map<Long, ProductView> products = this.catalog.productsInAnyState(ids);
		ids.stream().map(products::get).filter(Objects::nonNull)
			.forEach((product) -> suggestions.add(new Suggestion(product.title(), product, null)));
		return suggestions;
	}

	private Page page(ProductFilter filter, SearchText text, ProductSort sort, ProductPageRequest page) {
		SearchScope<Object> scope = scope();
		SearchPredicate where = predicate(scope.predicate(), filter, text, null);
		SearchCursor cursor = (page.cursor() != null)
				? SearchCursor.decode(page.cursor(), sort, this.properties.maxResults()) : null;
		int start;
		int size = page.size();
		if (!page.backward()) {
			start = (cursor != null) ? cursor.offset() + 1 : 0;
		}
		else {
			int end = (cursor != null) ? cursor.offset()
					: (int) Math.min(session().search(scope).where(where).fetchTotalHitCount(),
							this.properties.maxResults());
			start = Math.max(0, end - size);
			size = end - start;
		}
		if ((long) start + size > this.properties.maxResults()) {
			throw new BadRequestException("Search results can be paged up to the " + this.properties.maxResults()
					+ "th; narrow the search instead");
		}
		SearchResult<Long> result = session().search(scope)
			.select((p) -> p.id(Long.class))
			.where(where)
			.sort(sort(scope.sort(), sort))
			.fetch(start, page.backward() ? size : size + 1);
		List<Long> ids = result.hits();
		boolean more = !page.backward() && ids.size() > size;
		List<Long> pageIds = ids.subList(0, Math.min(ids.size(), size));
		Map<Long, ProductView> views = this.catalog.productsInAnyState(pageIds);
		List<ProductConnection.ProductEdge> edges = new ArrayList<>();
		for (int i = 0; i < pageIds.size(); i++) {
			ProductView view = views.get(pageIds.get(i));
			if (view != null) {
				edges.add(new ProductConnection.ProductEdge(new SearchCursor(sort, start + i).encode(), view));
			}
		}
		String first = edges.isEmpty() ? null : edges.get(0).cursor();
		String last = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		PageInfo info = page.backward() ? new PageInfo(cursor != null, start > 0, first, last)
				: new PageInfo(more, start > 0, first, last);
		long total = result.total().hitCount();
		return new Page(new ProductConnection(edges, info, filter, total), total);
	}

	/** Every filter, and the text; the facet named is left out, for disjunctive counts. */
	private SearchPredicate predicate(SearchPredicateFactory f, ProductFilter filter, SearchText text,
			@Nullable Facet without) {
		if (text.isEmpty()) {
			return f.matchNone().toPredicate();
		}
		var all = f.bool().must(relevance(f, text));
		if (!filter.includesInactive()) {
			all.filter(onSale(f));
		}
		if (without != Facet.CATEGORY && filter.categorySlugs() != null && !filter.categorySlugs().isEmpty()) {
			all.filter(f.terms().field(ProductIndex.CATEGORY_SLUG).matchingAny(filter.categorySlugs()));
		}
		if (without != Facet.PRICE && (filter.minPrice() != null || filter.maxPrice() != null)) {
			all.filter(f.range()
				.field(ProductIndex.PRICE)
				.within(Range.between(filter.minPrice(), RangeBoundInclusion.INCLUDED, filter.maxPrice(),
						RangeBoundInclusion.INCLUDED)));
		}
		if (filter.featured() != null) {
			all.filter(f.match().field(ProductIndex.FEATURED).matching(filter.featured()));
		}
		if (without != Facet.IN_STOCK && filter.inStock() != null) {
			all.filter(f.match().field(ProductIndex.IN_STOCK).matching(filter.inStock()));
		}
		return all.toPredicate();
	}

	/**
	 * Every word must match in some field, weighted by field; words of five letters or more may
	 * have one typo, but an exact match scores {@code boost.exact} times more; the words as a
	 * phrase in the title score extra.
	 */
	private SearchPredicate relevance(SearchPredicateFactory f, SearchText text) {
		SearchProperties.Boost boost = this.properties.boost();
		var all = f.bool();
		for (String word : text.words()) {
			var one = f.bool();
			one.should(weightedFields(f).matching(word).boost(boost.exact()));
			if (word.length() >= FUZZY_FROM_LENGTH) {
				one.should(weightedFields(f).matching(word).fuzzy(1));
			}
			all.must(one);
		}
		if (text.words().size() > 1) {
			all.should(f.phrase().field(ProductIndex.TITLE).matching(text.text()).slop(1).boost(boost.phrase()));
		}
		return all.toPredicate();
	}

	/** The full-text fields, each with its configured weight. */
	private MatchPredicateFieldMoreStep<?, ?> weightedFields(SearchPredicateFactory f) {
		SearchProperties.Boost boost = this.properties.boost();
		return f.match()
			.field(ProductIndex.TITLE).boost(boost.title())
			.field(ProductIndex.CATEGORY_NAME).boost(boost.category())
			.field(ProductIndex.TAGS).boost(boost.tags())
			.field(ProductIndex.DESCRIPTION).boost(boost.description());
	}

	/** Products on sale: the shop never shows the others. */
	private static PredicateFinalStep onSale(SearchPredicateFactory f) {
		return f.match().field(ProductIndex.ACTIVE).matching(true);
	}

	private static SearchSort sort(SearchSortFactory f, ProductSort sort) {
		return switch (sort) {
			case RELEVANCE -> relevance(f);
			case NEWEST -> f.field(ProductIndex.CREATED_AT).desc().then().field(ProductIndex.ID_SORT).desc().toSort();
			case PRICE_ASC -> f.field(ProductIndex.PRICE).asc().then().field(ProductIndex.ID_SORT).asc().toSort();
			case PRICE_DESC -> f.field(ProductIndex.PRICE).desc().then().field(ProductIndex.ID_SORT).desc().toSort();
			case TITLE_ASC -> f.field(ProductIndex.TITLE_SORT).asc().then().field(ProductIndex.ID_SORT).asc().toSort();
		};
	}

	/** Best match first; among equals, in-stock products first; then by id, so pages are stable. */
	private static SearchSort relevance(SearchSortFactory f) {
		return f.score().then().field(ProductIndex.IN_STOCK).desc().then().field(ProductIndex.ID_SORT).asc().toSort();
	}

	private static List<Range<BigDecimal>> priceRanges(List<BigDecimal> buckets) {
		List<Range<BigDecimal>> ranges = new ArrayList<>();
		BigDecimal lower = null;
		for (BigDecimal upper : buckets) {
			ranges.add(Range.canonical(lower, upper));
			lower = upper;
		}
		ranges.add(Range.canonical(lower, null));
		return Collections.unmodifiableList(ranges);
	}

	private SearchText text(String query) {
		return SearchText.of(query, this.properties.maxQueryLength());
	}

	private SearchSession session() {
		return Search.session(this.entityManager);
	}

	private SearchScope<Object> scope() {
		return session().scope(Object.class, ProductIndex.ENTITY);
	}

	/** The facets, each with the filter that selects in it. */
	private enum Facet {

		CATEGORY, PRICE, IN_STOCK;

		boolean isSelectedIn(ProductFilter filter) {
			return switch (this) {
				case CATEGORY -> filter.categorySlugs() != null && !filter.categorySlugs().isEmpty();
				case PRICE -> filter.minPrice() != null || filter.maxPrice() != null;
				case IN_STOCK -> filter.inStock() != null;
			};
		}

	}

	/** What the passes over the index counted, facet by facet. */
	private static final class FacetCounts {

		private Map<String, Long> categories = Map.of();

		private Map<Range<BigDecimal>, Long> prices = Map.of();

		private long inStock;

	}

	private record Page(ProductConnection connection, long total) {
	}

}
