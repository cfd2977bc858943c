package dev.storefront.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

/** Categories. */
interface CategoryRepository extends Repository<Category, Long> {

    Category save(Category category);

    List<Category> findAll(Sort sort);

    Optional<Category> findBySlug(String slug);

    long count();
}
