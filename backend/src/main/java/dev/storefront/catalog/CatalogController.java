package dev.storefront.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.storefront.shared.BadRequestException;
import dev.storefront.shared.PublicUrls;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The catalog's GraphQL queries and the fields that need more than a property read. */
@Controller
class CatalogController {

	private final Catalog catalog;

	CatalogController(Catalog catalog) {
		this.catalog = catalog;
	}

	@QueryMapping
	@Nullable ProductView product(@Argument @Nullable String id, @Argument @Nullable String slug) {
		if ((id == null) == (slug == null)) {
			throw new BadRequestException("Pass exactly one of id or slug");
		}
		if (id != null) {
			Long numericId = parseId(id);
			return (numericId != null) ? this.catalog.product(numericId).orElse(null) : null;
		}
		return this.catalog.productBySlug(slug).orElse(null);
	}

	@QueryMapping
	ProductConnection products(@Argument @Nullable ProductFilter filter, @Argument ProductSort sort,
			@Argument @Nullable Integer first, @Argument @Nullable String after, @Argument @Nullable Integer last,
			@Argument @Nullable String before) {
		return this.catalog.products(Objects.requireNonNullElse(filter, ProductFilter.NONE), sort,
				ProductPageRequest.of(first, after, last, before));
	}

	@SchemaMapping(typeName = "ProductConnection")
	long totalCount(ProductConnection connection) {
		return this.catalog.count(connection.filter());
	}

	@QueryMapping
	List<CategoryView> categories() {
		return this.catalog.categories();
	}

	@QueryMapping
	@Nullable CategoryView category(@Argument String slug) {
		return this.catalog.category(slug).orElse(null);
	}

	@BatchMapping(typeName = "Product")
	Map<ProductView, CategoryView> category(List<ProductView> products) {
		Map<Long, CategoryView> byId = this.catalog.categoriesByIds(
				products.stream().map(ProductView::categoryId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return products.stream()
			.filter((product) -> product.categoryId() != null && byId.containsKey(product.categoryId()))
			.collect(Collectors.toMap(Function.identity(), (product) -> byId.get(product.categoryId()),
					(a, b) -> a));
	}

	@BatchMapping(typeName = "Category")
	Map<CategoryView, Integer> productCount(List<CategoryView> categories) {
		Map<Long, Integer> counts = this.catalog.activeProductCounts(categories.stream().map(CategoryView::id).toList());
		return categories.stream()
			.collect(Collectors.toMap(Function.identity(), (category) -> counts.get(category.id()), (a, b) -> a));
	}

	@SchemaMapping(typeName = "Product")
	@Nullable String imageUrl(ProductView product, @ContextValue(name = PublicUrls.CONTEXT_KEY) PublicUrls urls) {
		return urls.resolve(product.imageUrl());
	}

	private static @Nullable Long parseId(String id) {
		try {
			return Long.valueOf(id);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
