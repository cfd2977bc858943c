package dev.storefront.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.storefront.catalog.ProductSort;
import dev.storefront.shared.BadRequestException;

/**
 * A position in search results: the sort and the result's offset. Relevance has no key to
 * continue from, so search pages are offsets, bounded by {@code storefront.search.max-results}.
 */
record SearchCursor(ProductSort sort, int offset) {

	private static final String PREFIX = "s1";

	String encode() {
		String plain = PREFIX + "|" + this.sort.name() + "|" + this.offset;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	static SearchCursor decode(String cursor, ProductSort expected) {
		String[] parts;
		try {
			parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		if (parts.length != 3 || !PREFIX.equals(parts[0])) {
			throw invalid();
		}
		if (!expected.name().equals(parts[1])) {
			throw new BadRequestException("The cursor belongs to another sort order than " + expected
					+ "; start again without a cursor when changing the sort");
		}
		try {
			int offset = Integer.parseInt(parts[2]);
			if (offset < 0) {
				throw invalid();
			}
			return new SearchCursor(expected, offset);
		}
		catch (NumberFormatException ex) {
			throw invalid();
		}
	}

	private static BadRequestException invalid() {
		return new BadRequestException("Invalid cursor: pass a cursor exactly as this API returned it");
	}

}
