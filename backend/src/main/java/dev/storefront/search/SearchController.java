package dev.storefront.search;

import java.util.List;
import java.util.Objects;

import dev.storefront.catalog.ProductConnection;
import dev.storefront.catalog.ProductFilter;
import dev.storefront.catalog.ProductPageRequest;
import dev.storefront.catalog.ProductSort;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import static dev.storefront.search.SearchViews.SearchFacets;
import static dev.storefront.search.SearchViews.SearchResults;
import static dev.storefront.search.SearchViews.Suggestion;

/** The search and type-ahead queries; searches are answered through the cache of popular ones. */
@Controller
class SearchController {

    private final SearchResultCache search;

    SearchController(SearchResultCache search) {
        this.search = search;
    }

    @QueryMapping
    SearchResults search(
            @Argument String query,
            @Argument @Nullable ProductFilter filter,
            @Argument ProductSort sort,
            @Argument @Nullable Integer first,
            @Argument @Nullable String after) {
        return this.search.search(
                query,
                Objects.requireNonNullElse(filter, ProductFilter.NONE),
                sort,
                ProductPageRequest.of(first, after, null, null));
    }

    @SchemaMapping(typeName = "SearchResults")
    ProductConnection products(SearchResults results) {
        return results.products();
    }

    @SchemaMapping(typeName = "SearchResults")
    SearchFacets facets(SearchResults results) {
        return this.search.facets(results);
    }

    @SchemaMapping(typeName = "SearchResults")
    @Nullable
    String didYouMean(SearchResults results) {
        return this.search.didYouMean(results);
    }

    @QueryMapping
    List<Suggestion> suggest(@Argument String prefix, @Argument int limit) {
        return this.search.suggest(prefix, limit);
    }
}
