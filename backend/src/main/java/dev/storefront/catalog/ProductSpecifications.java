package dev.storefront.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The catalog's query vocabulary: named lookups that compose with {@code and}, reused by every
 * resolver instead of ad-hoc queries ({@code active()}, {@code featured(...)},
 * {@code matchingText(...)}, ...).
 */
final class ProductSpecifications {

    private static final char LIKE_ESCAPE = '\\';

    private ProductSpecifications() {}

    /**
     * Products on sale. Written as {@code active = true}: Hibernate renders {@code isTrue} as a
     * bare {@code where active}, which MySQL and MariaDB can't match to the (active, ...) indexes.
     */
    static Specification<Product> active() {
        return (root, query, cb) -> cb.equal(root.get("active"), true);
    }

    static Specification<Product> withSlug(String slug) {
        return (root, query, cb) -> cb.equal(root.get("slug"), slug);
    }

    static Specification<Product> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

    static Specification<Product> featured(boolean featured) {
        return (root, query, cb) -> cb.equal(root.get("featured"), featured);
    }

    static Specification<Product> inCategories(Collection<String> categorySlugs) {
        return (root, query, cb) -> root.join("category").get("slug").in(categorySlugs);
    }

    static Specification<Product> pricedFrom(BigDecimal min) {
        return (root, query, cb) -> cb.greaterThanOrEqualTo(root.get("price"), min);
    }

    static Specification<Product> pricedUpTo(BigDecimal max) {
        return (root, query, cb) -> cb.lessThanOrEqualTo(root.get("price"), max);
    }

    static Specification<Product> inStock(boolean inStock) {
        return (root, query, cb) -> inStock ? cb.gt(root.get("stock"), 0) : cb.equal(root.get("stock"), 0);
    }

    /**
     * Plain text: every word must appear, case-insensitively, in the title, the description,
     * the category's name or a tag. Wildcards in the text match only themselves.
     */
    static Specification<Product> matchingText(String text) {
        String[] words = words(text);
        return (root, query, cb) -> {
            Join<Product, Category> category = root.join("category", JoinType.LEFT);
            Predicate[] each = Arrays.stream(words)
                    .map((word) -> {
                        String pattern = "%" + escapeLike(word) + "%";
                        return cb.or(
                                like(cb, root.get("title"), pattern),
                                like(cb, root.get("description"), pattern),
                                like(cb, category.get("name"), pattern),
                                hasTagLike(root, query, cb, pattern));
                    })
                    .toArray(Predicate[]::new);
            return cb.and(each);
        };
    }

    /** Everything every shop list filters by. */
    static Specification<Product> matching(ProductFilter filter) {
        Specification<Product> spec = filter.includesInactive() ? Specification.unrestricted() : active();
        if (filter.query() != null && words(filter.query()).length > 0) {
            spec = spec.and(matchingText(filter.query()));
        }
        if (filter.categorySlugs() != null && !filter.categorySlugs().isEmpty()) {
            spec = spec.and(inCategories(filter.categorySlugs()));
        }
        if (filter.minPrice() != null) {
            spec = spec.and(pricedFrom(filter.minPrice()));
        }
        if (filter.maxPrice() != null) {
            spec = spec.and(pricedUpTo(filter.maxPrice()));
        }
        if (filter.featured() != null) {
            spec = spec.and(featured(filter.featured()));
        }
        if (filter.inStock() != null) {
            spec = spec.and(inStock(filter.inStock()));
        }
        return spec;
    }

    /**
     * The products after a cursor's place in its sort order (or before it, reading backward):
     * {@code key > k OR (key = k AND id > i)}, with the comparisons flipped for descending orders.
     */
    static Specification<Product> beyond(ProductCursor cursor, boolean backward) {
        boolean ascending = (cursor.sort().direction() == Sort.Direction.ASC) != backward;
        return (root, query, cb) -> {
            Path<Comparable<Object>> key = root.get(cursor.sort().attribute());
            @SuppressWarnings("unchecked")
            Comparable<Object> value = (Comparable<Object>) cursor.key();
            Path<Long> id = root.get("id");
            Predicate keyBeyond = ascending ? cb.greaterThan(key, value) : cb.lessThan(key, value);
            Predicate idBeyond = ascending ? cb.greaterThan(id, cursor.id()) : cb.lessThan(id, cursor.id());
            return cb.or(keyBeyond, cb.and(cb.equal(key, value), idBeyond));
        };
    }

    static String[] words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty()
                ? new String[0]
                : trimmed.toLowerCase(Locale.ROOT).split("\\s+");
    }

    private static Predicate hasTagLike(
            Root<Product> root, CriteriaQuery<?> query, CriteriaBuilder cb, String pattern) {
        Subquery<Integer> tagged = query.subquery(Integer.class);
        Root<Product> product = tagged.correlate(root);
        Join<Product, String> tag = product.join("tags");
        tagged.select(cb.literal(1)).where(like(cb, tag, pattern));
        return cb.exists(tagged);
    }

    private static Predicate like(CriteriaBuilder cb, Expression<String> field, String pattern) {
        return cb.like(cb.lower(field), pattern, LIKE_ESCAPE);
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
