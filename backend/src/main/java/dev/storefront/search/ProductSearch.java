package dev.storefront.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import dev.storefront.catalog.Catalog;
import dev.storefront.catalog.InactiveForAdminsOnly;
import dev.storefront.catalog.ProductConnection;
import dev.storefront.catalog.ProductFilter;
import dev.storefront.catalog.ProductPageRequest;
import dev.storefront.catalog.ProductSort;
import dev.storefront.catalog.ProductTextSearch;
import dev.storefront.catalog.ProductView;
import dev.storefront.shared.BadRequestException;
import dev.storefront.shared.PageInfo;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static dev.storefront.search.SearchViews.SearchResults;

/**
 * Searches the product index: relevance with field weights, the last word also as the start of a
 * word, and one forgiven typo in words of five or more letters the index doesn't know; facets, "did you mean" and type-ahead build on it ({@link FacetCounting},
 * {@link Suggestions}). Also the engine behind {@code products(filter: {query})}. Inactive
 * products are searched only for admins, as the catalog lists them only for admins.
 */
@Service
@Transactional(readOnly = true)
public class ProductSearch implements ProductTextSearch {

    private final SearchQueries queries;

    private final Catalog catalog;

    private final SearchProperties properties;

    private final KnownWords knownWords;

    ProductSearch(SearchQueries queries, Catalog catalog, SearchProperties properties, KnownWords knownWords) {
        this.queries = queries;
        this.catalog = catalog;
        this.properties = properties;
        this.knownWords = knownWords;
    }

    /** The {@code search} query: a page of results; facets and "did you mean" come on demand. */
    @InactiveForAdminsOnly
    public SearchResults search(String query, ProductFilter filter, ProductSort sort, ProductPageRequest page) {
        if (query.isBlank()) {
            throw new BadRequestException("query may not be blank: type what to search for");
        }
        filter.check();
        // Only the first max-query-length characters count; the rest is dropped, not refused.
        String cut = (query.length() > this.properties.maxQueryLength())
                ? query.substring(0, this.properties.maxQueryLength())
                : query;
        ProductFilter withText = new ProductFilter(
                cut,
                filter.categorySlugs(),
                filter.minPrice(),
                filter.maxPrice(),
                filter.featured(),
                filter.inStock(),
                filter.includeInactive());
        Page result = find(withText, this.queries.text(query), sort, page);
        return new SearchResults(result.connection(), result.text(), withText, result.total());
    }

    @Override
    @InactiveForAdminsOnly
    public ProductConnection products(ProductFilter filter, ProductSort sort, ProductPageRequest page) {
        return find(filter, this.queries.text(Objects.requireNonNull(filter.query())), sort, page)
                .connection();
    }

    @Override
    @InactiveForAdminsOnly
    public long count(ProductFilter filter) {
        SearchText text = this.queries.text(Objects.requireNonNull(filter.query()));
        long asTyped = count(filter, text);
        if (asTyped > 0) {
            return asTyped;
        }
        SearchText forgiving = this.knownWords.forgiving(text, filter);
        return (forgiving == text) ? 0 : count(filter, forgiving);
    }

    /**
     * The words as typed (the last one perhaps unfinished) first; only when they find nothing, the
     * words the index doesn't know again, forgiving a typo. So a known word never drags in its
     * misspellings, and the common search pays for no typo expansion.
     */
    private Page find(ProductFilter filter, SearchText text, ProductSort sort, ProductPageRequest page) {
        Page asTyped = page(filter, text, sort, page);
        if (asTyped.total() > 0) {
            return asTyped;
        }
        SearchText forgiving = this.knownWords.forgiving(text, filter);
        return (forgiving == text) ? asTyped : page(filter, forgiving, sort, page);
    }

    private long count(ProductFilter filter, SearchText text) {
        SearchScope<Object> scope = this.queries.scope();
        return this.queries
                .session()
                .search(scope)
                .where(this.queries.predicate(scope.predicate(), filter, text, null))
                .failAfter(this.queries.timeLeftMillis(), TimeUnit.MILLISECONDS)
                .fetchTotalHitCount();
    }

    private Page page(ProductFilter filter, SearchText text, ProductSort sort, ProductPageRequest page) {
        SearchScope<Object> scope = this.queries.scope();
        SearchPredicate where = this.queries.predicate(scope.predicate(), filter, text, null);
        SearchCursor cursor =
                (page.cursor() != null) ? SearchCursor.decode(page.cursor(), sort, this.properties.maxResults()) : null;
        int start;
        int size = page.size();
        if (!page.backward()) {
            start = (cursor != null) ? cursor.offset() + 1 : 0;
        } else {
            int end = (cursor != null)
                    ? cursor.offset()
                    : (int) Math.min(
                            this.queries
                                    .session()
                                    .search(scope)
                                    .where(where)
                                    .failAfter(this.queries.timeLeftMillis(), TimeUnit.MILLISECONDS)
                                    .fetchTotalHitCount(),
                            this.properties.maxResults());
            start = Math.max(0, end - size);
            size = end - start;
        }
        if ((long) start + size > this.properties.maxResults()) {
            throw new BadRequestException("Search results can be paged up to the " + this.properties.maxResults()
                    + "th; narrow the search instead");
        }
        SearchResult<Long> result = this.queries
                .session()
                .search(scope)
                .select((p) -> p.id(Long.class))
                .where(where)
                .sort(SearchQueries.sort(scope.sort(), sort))
                .failAfter(this.queries.timeLeftMillis(), TimeUnit.MILLISECONDS)
                .fetch(start, page.backward() ? size : size + 1);
        List<Long> ids = result.hits();
        boolean more = !page.backward() && ids.size() > size;
        List<Long> pageIds = ids.subList(0, Math.min(ids.size(), size));
        Map<Long, ProductView> views = SearchQueries.visible(this.catalog.productsInAnyState(pageIds), filter);
        List<ProductConnection.ProductEdge> edges = new ArrayList<>();
        for (int i = 0; i < pageIds.size(); i++) {
            ProductView view = views.get(pageIds.get(i));
            if (view != null) {
                edges.add(new ProductConnection.ProductEdge(new SearchCursor(sort, start + i).encode(), view));
            }
        }
        String first = edges.isEmpty() ? null : edges.get(0).cursor();
        String last = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        PageInfo info = page.backward()
                ? new PageInfo(cursor != null, start > 0, first, last)
                : new PageInfo(more, start > 0, first, last);
        long total = result.total().hitCount();
        return new Page(new ProductConnection(edges, info, filter, total), total, text);
    }

    private record Page(ProductConnection connection, long total, SearchText text) {}
}
