package dev.storefront.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.storefront.shared.BadRequestException;
import dev.storefront.shared.InputLimits;
import dev.storefront.shared.PageInfo;
import dev.storefront.shared.ShopProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static dev.storefront.catalog.ProductSpecifications.active;
import static dev.storefront.catalog.ProductSpecifications.matching;
import static dev.storefront.catalog.ProductSpecifications.withId;
import static dev.storefront.catalog.ProductSpecifications.withSlug;

/**
 * The catalog's public face: what the shop sells, as read-only views. Other modules and the
 * GraphQL controllers go through here, never through the repositories.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final ProductRepository products;

    private final CategoryCache categories;

    private final String currency;

    private final ObjectProvider<ProductTextSearch> textSearch;

    private final ProductCounts counts;

    Catalog(
            ProductRepository products,
            CategoryCache categories,
            ShopProperties shop,
            ObjectProvider<ProductTextSearch> textSearch,
            ProductCounts counts) {
        this.products = products;
        this.categories = categories;
        this.currency = shop.currency();
        this.textSearch = textSearch;
        this.counts = counts;
    }

    /** A product on sale, by id. */
    public Optional<ProductView> product(long id) {
        return this.products.findOne(active().and(withId(id))).map(this::view);
    }

    /** A product on sale, by slug; a slug longer than any slug is a BAD_REQUEST, not a lookup. */
    public Optional<ProductView> productBySlug(String slug) {
        InputLimits.requireAtMost(InputLimits.MAX_SLUG, "slug", slug);
        return this.products.findOne(active().and(withSlug(slug))).map(this::view);
    }

    /** One page of the products on sale that match the filter, in the given order. */
    public ProductConnection products(ProductFilter filter, ProductSort sort, ProductPageRequest page) {
        if (filter.includesInactive()) {
            throw new AccessDeniedException("Only admins may list products that are off sale");
        }
        return page(filter, sort, page);
    }

    /** A page without the shop's guard; {@link CatalogAdmin} guards its own use. */
    ProductConnection page(ProductFilter filter, ProductSort sort, ProductPageRequest page) {
        checkFilter(filter);
        ProductTextSearch engine = engineFor(filter);
        if (engine != null) {
            return engine.products(filter, sort, page);
        }
        if (sort == ProductSort.RELEVANCE) {
            throw new BadRequestException("RELEVANCE orders by a text query: give filter.query, or another sort");
        }
        ProductCursor cursor = (page.cursor() != null) ? ProductCursor.decode(page.cursor(), sort) : null;
        Specification<Product> spec = matching(filter);
        if (cursor != null) {
            spec = spec.and(ProductSpecifications.beyond(cursor, page.backward()));
        }
        Sort order = sort.toSort(page.backward());
        // One more than the page tells whether another page follows, without a count.
        List<Product> rows = this.products.findBy(
                spec, (q) -> q.sortBy(order).limit(page.size() + 1).all());
        boolean more = rows.size() > page.size();
        List<Product> pageRows = new ArrayList<>(rows.subList(0, Math.min(rows.size(), page.size())));
        if (page.backward()) {
            Collections.reverse(pageRows);
        }
        List<ProductConnection.ProductEdge> edges = pageRows.stream()
                .map(this::view)
                .map((product) -> new ProductConnection.ProductEdge(
                        cursorOf(product, sort).encode(), product))
                .toList();
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        PageInfo info = page.backward()
                ? new PageInfo(cursor != null, more, start, end)
                : new PageInfo(more, cursor != null, start, end);
        return new ProductConnection(edges, info, filter);
    }

    /**
     * Products by id whether on sale or not, for those that refer to products (a cart line
     * must still show a product that went off sale); unknown ids are absent.
     */
    public Map<Long, ProductView> productsInAnyState(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return this.products.findRowsById(ids).stream()
                .map((row) -> row.toView(this.currency))
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
    }

    /** Each product's tags, alphabetically, by product id; every asked id is present. */
    public Map<Long, List<String>> tagsOf(Collection<Long> productIds) {
        Map<Long, List<String>> tags = new HashMap<>();
        productIds.forEach((id) -> tags.put(id, new ArrayList<>()));
        if (!productIds.isEmpty()) {
            for (Object[] row : this.products.findTags(productIds)) {
                tags.get((Long) row[0]).add((String) row[1]);
            }
        }
        return tags;
    }

    /** How many products on sale (or, for admins asking, in any state) match the filter. */
    @InactiveForAdminsOnly
    public long count(ProductFilter filter) {
        checkFilter(filter);
        ProductTextSearch engine = engineFor(filter);
        return (engine != null)
                ? engine.count(filter)
                : this.counts.count(filter, () -> this.products.count(matching(filter)));
    }

    private @Nullable ProductTextSearch engineFor(ProductFilter filter) {
        boolean hasText = filter.query() != null && !filter.query().isBlank();
        return hasText ? this.textSearch.getIfAvailable() : null;
    }

    /**
     * Every category, by name. Mostly from memory, so no transaction of its own: one would take a
     * connection and make round trips for nothing (the repository has its own on a miss).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<CategoryView> categories() {
        return this.categories.current().byName();
    }

    /** A category by slug; a slug longer than any slug is a BAD_REQUEST, not a lookup. */
    public Optional<CategoryView> category(String slug) {
        InputLimits.requireAtMost(InputLimits.MAX_SLUG, "slug", slug);
        return Optional.ofNullable(this.categories.current().bySlug().get(slug));
    }

    /** The categories with these ids, by id; unknown ids are absent. */
    public Map<Long, CategoryView> categoriesByIds(Collection<Long> ids) {
        Map<Long, CategoryView> all = this.categories.current().byId();
        Map<Long, CategoryView> found = new HashMap<>();
        ids.forEach((id) -> {
            CategoryView category = all.get(id);
            if (category != null) {
                found.put(id, category);
            }
        });
        return found;
    }

    /** How many products on sale each category holds, by category id; every asked id is present. */
    public Map<Long, Integer> activeProductCounts(Collection<Long> categoryIds) {
        Map<Long, Integer> counts = new HashMap<>();
        categoryIds.forEach((id) -> counts.put(id, 0));
        if (!categoryIds.isEmpty()) {
            for (Object[] row : this.products.countActiveByCategory(categoryIds)) {
                counts.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        return counts;
    }

    ProductView view(Product product) {
        return product.toView(this.currency);
    }

    private static ProductCursor cursorOf(ProductView product, ProductSort sort) {
        Comparable<?> key = switch (sort) {
            case NEWEST -> product.createdAt().toInstant();
            case PRICE_ASC, PRICE_DESC -> product.price().amount();
            case TITLE_ASC -> product.title();
            case RELEVANCE -> throw new IllegalStateException("RELEVANCE pages come from the search engine");
        };
        return new ProductCursor(sort, product.id(), key);
    }

    private static void checkFilter(ProductFilter filter) {
        InputLimits.requireAtMost(InputLimits.MAX_TEXT_QUERY, "filter.query", filter.query());
        filter.check();
    }
}
