package dev.storefront.catalog;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Products, read through {@link ProductSpecifications}, and as rows by id ({@link ProductRows}). */
interface ProductRepository extends Repository<Product, Long>, JpaSpecificationExecutor<Product>, ProductRows {

    Product save(Product product);

    Product saveAndFlush(Product product);

    boolean existsBySlug(String slug);

    long count();

    /**
     * The products, their rows locked until the transaction ends, in id order: two checkouts
     * that share products lock them in the same order, so neither waits for the other forever.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Product p where p.id in :ids order by p.id")
    List<Product> lockAllById(Collection<Long> ids);

    /**
     * Loads the products' tags into the products of the persistence context, in one statement:
     * the search index reads a changed product's tags, one statement per product otherwise.
     */
    @Query("select distinct p from Product p left join fetch p.tags where p.id in :ids")
    List<Product> fetchTags(Collection<Long> ids);

    /** Rows of (product id, tag), tags in alphabetical order. */
    @Query("select p.id, t from Product p join p.tags t where p.id in :productIds order by t")
    List<Object[]> findTags(Collection<Long> productIds);

    /** Rows of (category id, number of products on sale in it). */
    @Query("""
            select p.category.id, count(p) from Product p
            where p.active = true and p.category.id in :categoryIds
            group by p.category.id""")
    List<Object[]> countActiveByCategory(Collection<Long> categoryIds);
}
