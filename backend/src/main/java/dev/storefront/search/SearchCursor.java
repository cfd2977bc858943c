package dev.storefront.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import dev.storefront.catalog.ProductSort;
import dev.storefront.shared.BadRequestException;

/**
 * A position in search results: the sort and the result's offset. Relevance has no key to
 * continue from, so search pages are offsets, bounded by {@code storefront.search.max-results}:
 * a cursor's offset is that of a result we returned, so it is below the bound, and nothing
 * computed from it can overflow.
 */
record SearchCursor(ProductSort sort, int offset) {

    private static final String PREFIX = "s1";

    /** Longer than any cursor we write ("s1|" + a sort + "|" + a ten-digit offset, in Base64). */
    private static final int MAX_LENGTH = 64;

    private static final Pattern OFFSET = Pattern.compile("0|[1-9][0-9]{0,9}");

    String encode() {
        String plain = PREFIX + "|" + this.sort.name() + "|" + this.offset;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static SearchCursor decode(String cursor, ProductSort expected, int maxResults) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
        } catch (IllegalArgumentException ex) {
            throw invalid();
        }
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw invalid();
        }
        if (!expected.name().equals(parts[1])) {
            throw new BadRequestException("The cursor belongs to another sort order than " + expected
                    + "; start again without a cursor when changing the sort");
        }
        if (!OFFSET.matcher(parts[2]).matches()) {
            throw invalid();
        }
        long offset = Long.parseLong(parts[2]);
        if (offset >= maxResults) {
            throw invalid();
        }
        return new SearchCursor(expected, (int) offset);
    }

    private static BadRequestException invalid() {
        return new BadRequestException("Invalid cursor: pass a cursor exactly as this API returned it");
    }
}
