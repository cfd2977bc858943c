package dev.storefront.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.storefront.shared.BadRequestException;
import dev.storefront.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** The catalog's GraphQL queries and the fields that need more than a property read. */
@Controller
class CatalogController {

    private static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private final Catalog catalog;

    private final CatalogAdmin admin;

    CatalogController(Catalog catalog, CatalogAdmin admin) {
        this.catalog = catalog;
        this.admin = admin;
    }

    /** Shoppers see products on sale; admins also those off sale (to edit them). */
    @QueryMapping
    @Nullable
    ProductView product(
            @Argument @Nullable String id, @Argument @Nullable String slug, @Nullable Authentication authentication) {
        if ((id == null) == (slug == null)) {
            throw new BadRequestException("Pass exactly one of id or slug");
        }
        boolean asAdmin = isAdmin(authentication);
        if (id != null) {
            Long numericId = Ids.parse(id);
            if (numericId == null) {
                return null;
            }
            return (asAdmin ? this.admin.product(numericId) : this.catalog.product(numericId)).orElse(null);
        }
        return (asAdmin ? this.admin.productBySlug(slug) : this.catalog.productBySlug(slug)).orElse(null);
    }

    @QueryMapping
    ProductConnection products(
            @Argument @Nullable ProductFilter filter,
            @Argument ProductSort sort,
            @Argument @Nullable Integer first,
            @Argument @Nullable String after,
            @Argument @Nullable Integer last,
            @Argument @Nullable String before) {
        ProductFilter given = Objects.requireNonNullElse(filter, ProductFilter.NONE);
        ProductPageRequest page = ProductPageRequest.of(first, after, last, before);
        return given.includesInactive()
                ? this.admin.products(given, sort, page)
                : this.catalog.products(given, sort, page);
    }

    @SchemaMapping(typeName = "ProductConnection")
    long totalCount(ProductConnection connection) {
        Long counted = connection.total();
        return (counted != null) ? counted : this.catalog.count(connection.filter());
    }

    @QueryMapping
    List<CategoryView> categories() {
        return this.catalog.categories();
    }

    @QueryMapping
    @Nullable
    CategoryView category(@Argument String slug) {
        return this.catalog.category(slug).orElse(null);
    }

    @BatchMapping(typeName = "Product")
    Map<ProductView, CategoryView> category(List<ProductView> products) {
        Map<Long, CategoryView> byId = this.catalog.categoriesByIds(products.stream()
                .map(ProductView::categoryId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return products.stream()
                .filter((product) -> product.categoryId() != null && byId.containsKey(product.categoryId()))
                .collect(Collectors.toMap(
                        Function.identity(), (product) -> byId.get(product.categoryId()), (a, b) -> a));
    }

    /** Tags only when a query asks for them, for the whole page in one statement; none of a withheld product. */
    @BatchMapping(typeName = "Product")
    Map<ProductView, List<String>> tags(List<ProductView> products) {
        Map<Long, List<String>> byId = this.catalog.tagsOf(products.stream()
                .filter((product) -> !product.isWithheld())
                .map(ProductView::id)
                .toList());
        return products.stream()
                .collect(Collectors.toMap(
                        Function.identity(),
                        (product) -> product.isWithheld() ? List.of() : byId.get(product.id()),
                        (a, b) -> a));
    }

    @BatchMapping(typeName = "Category")
    Map<CategoryView, Integer> productCount(List<CategoryView> categories) {
        Map<Long, Integer> counts = this.catalog.activeProductCounts(
                categories.stream().map(CategoryView::id).toList());
        return categories.stream()
                .collect(Collectors.toMap(Function.identity(), (category) -> counts.get(category.id()), (a, b) -> a));
    }

    static boolean isAdmin(@Nullable Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch((authority) -> ADMIN_AUTHORITY.equals(authority.getAuthority()));
    }
}
