package dev.storefront.catalog;

import java.util.List;

import dev.storefront.shared.PageInfo;

/**
 * A page of products (Relay connection). {@code totalCount} is resolved only when asked for,
 * from the filter kept here.
 */
public record ProductConnection(List<ProductEdge> edges, PageInfo pageInfo, ProductFilter filter) {

	public List<ProductView> nodes() {
		return this.edges.stream().map(ProductEdge::node).toList();
	}

	/** A product in a page, with the cursor that marks its place. */
	public record ProductEdge(String cursor, ProductView node) {
	}

}
