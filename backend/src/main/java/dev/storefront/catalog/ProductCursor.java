package dev.storefront.catalog;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.storefront.shared.BadRequestException;

/**
 * An opaque position in a sorted product list: the sort it belongs to, the product's sort key
 * and its id. Encoded as URL-safe Base64 of {@code v1|SORT|id|key}.
 */
record ProductCursor(ProductSort sort, long id, Comparable<?> key) {

	private static final String VERSION = "v1";

	private static final int MAX_LENGTH = 1024;

	String encode() {
		String plain = String.join("|", VERSION, this.sort.name(), Long.toString(this.id), keyText(this.key));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/** Reads a cursor a client sent back; anything we didn't write, or wrote for another sort, is refused. */
	static ProductCursor decode(String cursor, ProductSort expectedSort) {
		if (cursor.length() > MAX_LENGTH) {
			throw invalid();
		}
		String[] parts;
		try {
			parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 4);
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		if (parts.length != 4 || !VERSION.equals(parts[0])) {
			throw invalid();
		}
		if (!expectedSort.name().equals(parts[1])) {
			throw new BadRequestException("The cursor belongs to another sort order than " + expectedSort
					+ "; start again without a cursor when changing the sort");
		}
		try {
			return new ProductCursor(expectedSort, Long.parseLong(parts[2]), expectedSort.parseKey(parts[3]));
		}
		catch (RuntimeException ex) {
			throw invalid();
		}
	}

	private static String keyText(Comparable<?> key) {
		return (key instanceof BigDecimal decimal) ? decimal.toPlainString() : key.toString();
	}

	private static BadRequestException invalid() {
		return new BadRequestException("Invalid cursor: pass a cursor exactly as this API returned it");
	}

}
