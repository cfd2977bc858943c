package dev.storefront.catalog;

import org.springframework.data.domain.Sort;

/**
 * The orders a product list can take. Each sorts by one key and breaks ties by id in the same
 * direction, so that (key, id) is unique and a cursor marks one exact place.
 */
public enum ProductSort {

    /** By relevance to a text query; only with one, and paged by the search engine. */
    RELEVANCE("score", Sort.Direction.DESC),

    NEWEST("createdAt", Sort.Direction.DESC),
    PRICE_ASC("price", Sort.Direction.ASC),
    PRICE_DESC("price", Sort.Direction.DESC),
    TITLE_ASC("title", Sort.Direction.ASC);

    private final String attribute;

    private final Sort.Direction direction;

    ProductSort(String attribute, Sort.Direction direction) {
        this.attribute = attribute;
        this.direction = direction;
    }

    String attribute() {
        return this.attribute;
    }

    Sort.Direction direction() {
        return this.direction;
    }

    /** The database order for reading forward, or, reversed, for reading backward. */
    Sort toSort(boolean reversed) {
        Sort.Direction dir = (reversed == this.direction.isAscending()) ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(new Sort.Order(dir, this.attribute), new Sort.Order(dir, "id"));
    }
}
