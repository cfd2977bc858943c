package dev.storefront.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.storefront.catalog.Catalog;
import dev.storefront.catalog.CategoryView;
import dev.storefront.catalog.ProductIndex;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.util.common.data.Range;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static dev.storefront.search.SearchViews.CategoryFacet;
import static dev.storefront.search.SearchViews.PriceRangeFacet;
import static dev.storefront.search.SearchViews.SearchFacets;
import static dev.storefront.search.SearchViews.SearchResults;

/**
 * Facet counts for a search; each facet ignores its own selection, so the others stay visible.
 * They count what the search itself may see: inactive products only for an admin's search that
 * asked for them.
 */
@Service
@Transactional(readOnly = true)
class FacetCounting {

    private static final AggregationKey<Map<String, Long>> BY_CATEGORY = AggregationKey.of("categories");

    private static final AggregationKey<Map<Range<BigDecimal>, Long>> BY_PRICE = AggregationKey.of("prices");

    private static final AggregationKey<Map<Boolean, Long>> BY_STOCK = AggregationKey.of("inStock");

    private final SearchQueries queries;

    private final Catalog catalog;

    private final List<Range<BigDecimal>> priceRanges;

    FacetCounting(SearchQueries queries, Catalog catalog, SearchProperties properties) {
        this.queries = queries;
        this.catalog = catalog;
        this.priceRanges = priceRanges(properties.priceBuckets());
    }

    /**
     * The facets nobody selected count over the search's own matches, so they are counted together
     * in one pass over the index; each selected facet needs a pass of its own.
     */
    SearchFacets facets(SearchResults results) {
        SearchScope<Object> scope = this.queries.scope();
        SearchPredicateFactory f = scope.predicate();
        FacetCounts counts = new FacetCounts();
        EnumSet<Facet> unselected = EnumSet.noneOf(Facet.class);
        for (Facet facet : Facet.values()) {
            if (facet.isSelectedIn(results.filter())) {
                countFacets(
                        scope,
                        this.queries.predicate(f, results.filter(), results.text(), facet),
                        EnumSet.of(facet),
                        counts);
            } else {
                unselected.add(facet);
            }
        }
        if (!unselected.isEmpty()) {
            countFacets(scope, this.queries.predicate(f, results.filter(), results.text(), null), unselected, counts);
        }
        Map<String, CategoryView> bySlug = new LinkedHashMap<>();
        this.catalog.categories().forEach((category) -> bySlug.put(category.slug(), category));
        List<CategoryFacet> categoryFacets = counts.categories.entrySet().stream()
                .filter((entry) -> entry.getValue() > 0 && bySlug.containsKey(entry.getKey()))
                .map((entry) -> new CategoryFacet(bySlug.get(entry.getKey()), entry.getValue()))
                .toList();
        List<PriceRangeFacet> priceFacets = counts.prices.entrySet().stream()
                .map((entry) -> new PriceRangeFacet(
                        entry.getKey().lowerBoundValue().orElse(null),
                        entry.getKey().upperBoundValue().orElse(null),
                        entry.getValue()))
                .toList();
        return new SearchFacets(categoryFacets, priceFacets, counts.inStock);
    }

    /** One pass over the products matching {@code where}, counting the given facets. */
    private void countFacets(SearchScope<Object> scope, SearchPredicate where, Set<Facet> facets, FacetCounts counts) {
        var query = this.queries.session().search(scope).where(where);
        if (facets.contains(Facet.CATEGORY)) {
            query.aggregation(
                    BY_CATEGORY,
                    (a) -> a.terms()
                            .field(ProductIndex.CATEGORY_SLUG, String.class)
                            .maxTermCount(100));
        }
        if (facets.contains(Facet.PRICE)) {
            query.aggregation(
                    BY_PRICE,
                    (a) -> a.range().field(ProductIndex.PRICE, BigDecimal.class).ranges(this.priceRanges));
        }
        if (facets.contains(Facet.IN_STOCK)) {
            query.aggregation(BY_STOCK, (a) -> a.terms().field(ProductIndex.IN_STOCK, Boolean.class));
        }
        SearchResult<Object> result = query.failAfter(this.queries.timeLeftMillis(), TimeUnit.MILLISECONDS)
                .fetch(0);
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

    /** What the passes over the index counted, facet by facet. */
    private static final class FacetCounts {

        private Map<String, Long> categories = Map.of();

        private Map<Range<BigDecimal>, Long> prices = Map.of();

        private long inStock;
    }
}
