package dev.storefront.catalog;

/**
 * The search index of products: its name, fields and analyzers, shared by the mapping on
 * {@link Product} and by the search module's queries, so neither spells a field on its own.
 */
public final class ProductIndex {

    /** The indexed entity's name, for search scopes. */
    public static final String ENTITY = "Product";

    public static final String TITLE = "title";

    public static final String TITLE_PREFIX = "title_prefix";

    public static final String TITLE_SORT = "title_sort";

    public static final String DESCRIPTION = "description";

    public static final String TAGS = "tags";

    public static final String CATEGORY_NAME = "category.name";

    public static final String CATEGORY_SLUG = "category.slug";

    public static final String PRICE = "price";

    public static final String IN_STOCK = "inStock";

    public static final String FEATURED = "featured";

    public static final String ACTIVE = "active";

    public static final String CREATED_AT = "createdAt";

    public static final String ID_SORT = "idSort";

    /** English full text: lower case, accents folded, stop words dropped, stemmed. */
    public static final String TEXT = "storefront_text";

    /** Edge n-grams of each word, for type-ahead. */
    public static final String PREFIX = "storefront_prefix";

    /** The typed words of a type-ahead query, folded like {@link #PREFIX} but not cut. */
    public static final String PREFIX_QUERY = "storefront_prefix_query";

    /** Case- and accent-folded, for sorting by title. */
    public static final String SORT = "storefront_sort";

    private ProductIndex() {}
}
