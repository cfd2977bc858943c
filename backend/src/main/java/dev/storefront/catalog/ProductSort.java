package dev.storefront.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Function;

import org.springframework.data.domain.Sort;

/**
 * The orders a product list can take. Each sorts by one key and breaks ties by id in the same
 * direction, so that (key, id) is unique and a cursor marks one exact place.
 */
public enum ProductSort {

	/** By relevance to a text query; only with one, and paged by the search engine. */
	RELEVANCE("score", Sort.Direction.DESC, Function.identity()),

	NEWEST("createdAt", Sort.Direction.DESC, Instant::parse),
	PRICE_ASC("price", Sort.Direction.ASC, BigDecimal::new),
	PRICE_DESC("price", Sort.Direction.DESC, BigDecimal::new),
	TITLE_ASC("title", Sort.Direction.ASC, Function.identity());

	private final String attribute;

	private final Sort.Direction direction;

	private final Function<String, ? extends Comparable<?>> keyParser;

	ProductSort(String attribute, Sort.Direction direction, Function<String, ? extends Comparable<?>> keyParser) {
		this.attribute = attribute;
		this.direction = direction;
		this.keyParser = keyParser;
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

	/** Reads a sort key written by {@link Object#toString()} back; throws on malformed text. */
	Comparable<?> parseKey(String text) {
		return this.keyParser.apply(text);
	}

}
