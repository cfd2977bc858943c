package dev.storefront.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/** A group of products. */
@Entity
@Table(name = "category")
class Category {

    /** The longest description the column holds (V10): a paragraph, not a page. */
    static final int MAX_DESCRIPTION = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    @KeywordField(aggregable = Aggregable.YES)
    private String slug;

    @Column(nullable = false, length = 100)
    @FullTextField(analyzer = ProductIndex.TEXT)
    private String name;

    /** Not indexed: search finds a category by its name, and its products by their own words. */
    @Column(length = MAX_DESCRIPTION)
    private @Nullable String description;

    protected Category() {}

    Category(String slug, String name, @Nullable String description) {
        this.slug = slug;
        this.name = name;
        this.description = description;
    }

    Long getId() {
        return this.id;
    }

    String getSlug() {
        return this.slug;
    }

    String getName() {
        return this.name;
    }

    CategoryView toView() {
        return new CategoryView(this.id, this.slug, this.name, this.description);
    }
}
