package dev.storefront.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScaledNumberField;
import org.jspecify.annotations.Nullable;

/**
 * Something the shop sells. Shoppers only ever see active products. Indexed for search (on
 * every committed change); the index's field names are listed in {@link ProductIndex}.
 */
@Entity
@Table(name = "product")
@Indexed(index = "product")
class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = ProductIndex.ID_SORT, sortable = Sortable.YES)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    @KeywordField(projectable = Projectable.NO)
    private String slug;

    @Column(nullable = false, length = 200)
    @FullTextField(name = ProductIndex.TITLE, analyzer = ProductIndex.TEXT)
    @FullTextField(
            name = ProductIndex.TITLE_PREFIX,
            analyzer = ProductIndex.PREFIX,
            searchAnalyzer = ProductIndex.PREFIX_QUERY)
    @KeywordField(name = ProductIndex.TITLE_SORT, normalizer = ProductIndex.SORT, sortable = Sortable.YES)
    private String title;

    @Column(nullable = false, length = 4000)
    @FullTextField(name = ProductIndex.DESCRIPTION, analyzer = ProductIndex.TEXT)
    private String description;

    @Column(nullable = false, precision = 12, scale = 2)
    @ScaledNumberField(
            name = ProductIndex.PRICE,
            decimalScale = 2,
            sortable = Sortable.YES,
            aggregable = Aggregable.YES)
    private BigDecimal price;

    @Column(name = "image_url", length = 2048)
    private @Nullable String imageUrl;

    // Lazy and never touched by the shop's queries: the category comes through a batch lookup.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    @IndexedEmbedded(includePaths = {"name", "slug"})
    // Categories are renamed rarely; a rename is picked up by the next reindexing.
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private @Nullable Category category;

    // The key alone, so that reading a product's category id never loads the category.
    @Column(name = "category_id", insertable = false, updatable = false)
    private @Nullable Long categoryId;

    @ElementCollection
    @CollectionTable(name = "product_tag", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "tag", length = 50, nullable = false)
    @OrderBy
    @FullTextField(name = ProductIndex.TAGS, analyzer = ProductIndex.TEXT)
    private Set<String> tags = new TreeSet<>();

    @Column(nullable = false)
    private int stock;

    @Column(nullable = false)
    @GenericField(name = ProductIndex.FEATURED)
    private boolean featured;

    @Column(nullable = false)
    @GenericField(name = ProductIndex.ACTIVE)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    @GenericField(name = ProductIndex.CREATED_AT, sortable = Sortable.YES)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected Product() {}

    Product(
            String slug,
            String title,
            String description,
            BigDecimal price,
            @Nullable Category category,
            int stock,
            Instant createdAt) {
        this.slug = slug;
        this.title = title;
        this.description = description;
        this.price = price;
        this.category = category;
        this.categoryId = (category != null) ? category.getId() : null;
        this.stock = stock;
        this.active = true;
        // Milliseconds: what the DateTime scalar writes, so a timestamp read from the API (e.g.
        // expectedUpdatedAt) compares equal to the stored one.
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
        this.updatedAt = this.createdAt;
    }

    void setTitle(String title) {
        this.title = title;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }

    void setDescription(String description) {
        this.description = description;
    }

    void setPrice(BigDecimal price) {
        this.price = price;
    }

    void setStock(int stock) {
        this.stock = stock;
    }

    int getStock() {
        return this.stock;
    }

    void setCategory(@Nullable Category category) {
        this.category = category;
        this.categoryId = (category != null) ? category.getId() : null;
    }

    /** Marks the product changed now; its version guards against lost updates. */
    void touch(Instant now) {
        this.updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    Instant getUpdatedAt() {
        return this.updatedAt;
    }

    String getSlug() {
        return this.slug;
    }

    void setImageUrl(@Nullable String imageUrl) {
        this.imageUrl = imageUrl;
    }

    void setTags(Set<String> tags) {
        this.tags.clear();
        this.tags.addAll(tags);
    }

    void setFeatured(boolean featured) {
        this.featured = featured;
    }

    boolean isActive() {
        return this.active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    Long getId() {
        return this.id;
    }

    @GenericField(name = ProductIndex.IN_STOCK, sortable = Sortable.YES, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "stock")))
    boolean isInStock() {
        return this.stock > 0;
    }

    ProductView toView(String currency) {
        return new ProductRow(
                        this.id,
                        this.slug,
                        this.title,
                        this.description,
                        this.price,
                        this.imageUrl,
                        this.categoryId,
                        this.stock,
                        this.featured,
                        this.active,
                        this.createdAt,
                        this.updatedAt)
                .toView(currency);
    }
}
