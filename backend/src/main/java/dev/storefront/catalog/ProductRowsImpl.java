package dev.storefront.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * {@link ProductRows} with one fixed query per count of ids, padded to a power of two: Hibernate
 * translates a query whose parameter is a list (an {@code in :ids}) anew on every execution, which
 * was most of what reading a cart's products cost, while a query of single parameters is
 * translated once and reused. So ids go in as {@code ?1, ?2, ...}, the last one repeated up to the
 * padded count, and at most {@link #MAX_IDS} a statement: 8 query shapes in all.
 */
class ProductRowsImpl implements ProductRows {

    static final int MAX_IDS = 128;

    /** The query for 2^k ids, at index k. */
    private static final List<String> QUERIES = IntStream.rangeClosed(0, Integer.numberOfTrailingZeros(MAX_IDS))
            .mapToObj((k) -> """
                    select new dev.storefront.catalog.ProductRow(p.id, p.slug, p.title, p.description, p.price,
                      p.imageUrl, p.categoryId, p.stock, p.featured, p.active, p.createdAt, p.updatedAt)
                    from Product p where p.id in (%s)""".formatted(
                    IntStream.rangeClosed(1, 1 << k).mapToObj((i) -> "?" + i).collect(Collectors.joining(", "))))
            .toList();

    private final EntityManager entityManager;

    ProductRowsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<ProductRow> findRowsById(Collection<Long> ids) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        List<ProductRow> rows = new ArrayList<>(distinct.size());
        for (int from = 0; from < distinct.size(); from += MAX_IDS) {
            List<Long> some = distinct.subList(from, Math.min(distinct.size(), from + MAX_IDS));
            int k = 32 - Integer.numberOfLeadingZeros(some.size() - 1); // the least k with 2^k >= size
            TypedQuery<ProductRow> query = this.entityManager.createQuery(QUERIES.get(k), ProductRow.class);
            for (int i = 0; i < 1 << k; i++) {
                query.setParameter(i + 1, some.get(Math.min(i, some.size() - 1)));
            }
            rows.addAll(query.getResultList());
        }
        return rows;
    }
}
