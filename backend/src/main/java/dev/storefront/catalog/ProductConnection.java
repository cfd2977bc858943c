package dev.storefront.catalog;

import java.util.List;

import dev.storefront.shared.PageInfo;
import org.jspecify.annotations.Nullable;

/**
 * A page of products (Relay connection). {@code totalCount} is resolved only when asked for,
 * from the filter kept here, unless whoever made the page already counted: {@code total}.
 */
public record ProductConnection(
        List<ProductEdge> edges,
        PageInfo pageInfo,
        ProductFilter filter,
        @Nullable Long total) {

    /** A page whose total is counted only if asked for. */
    public ProductConnection(List<ProductEdge> edges, PageInfo pageInfo, ProductFilter filter) {
        this(edges, pageInfo, filter, null);
    }

    public List<ProductView> nodes() {
        return this.edges.stream().map(ProductEdge::node).toList();
    }

    /** A product in a page, with the cursor that marks its place. */
    public record ProductEdge(String cursor, ProductView node) {}
}
