package dev.storefront.catalog;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

import dev.storefront.shared.BadRequestException;

/**
 * An opaque position in a sorted product list: the sort it belongs to, the product's sort key
 * and its id. Encoded as URL-safe Base64 of {@code v1|SORT|id|key}. A cursor comes from the
 * client, so every part is checked against what the catalog's columns can hold before it
 * reaches a query: a forged key like {@code 1E+10000000} never gets to the database.
 */
record ProductCursor(ProductSort sort, long id, Comparable<?> key) {

    private static final String VERSION = "v1";

    /** Room for the longest cursor we write: a title of 200 characters of four UTF-8 bytes each. */
    private static final int MAX_LENGTH = 1200;

    /** A database id: positive, and a long. */
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,18}");

    /** What the price column, DECIMAL(12, 2), holds: ten digits before the point, two after. */
    private static final Pattern PRICE = Pattern.compile("-?[0-9]{1,10}(\\.[0-9]{1,2})?");

    /** What DATETIME(6) holds, a day inside either end so that no time zone pushes it out. */
    private static final Instant EARLIEST = Instant.parse("1000-01-02T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-30T00:00:00Z");

    private static final int MAX_INSTANT_LENGTH = 40;

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
        } catch (IllegalArgumentException ex) {
            throw invalid();
        }
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw invalid();
        }
        if (!expectedSort.name().equals(parts[1])) {
            throw new BadRequestException("The cursor belongs to another sort order than " + expectedSort
                    + "; start again without a cursor when changing the sort");
        }
        if (!ID.matcher(parts[2]).matches()) {
            throw invalid();
        }
        try {
            return new ProductCursor(expectedSort, Long.parseLong(parts[2]), key(expectedSort, parts[3]));
        } catch (NumberFormatException ex) {
            throw invalid();
        }
    }

    private static Comparable<?> key(ProductSort sort, String text) {
        return switch (sort) {
            case NEWEST -> createdAt(text);
            case PRICE_ASC, PRICE_DESC -> price(text);
            case TITLE_ASC -> title(text);
            case RELEVANCE -> throw invalid();
        };
    }

    private static Instant createdAt(String text) {
        if (text.length() > MAX_INSTANT_LENGTH) {
            throw invalid();
        }
        try {
            Instant instant = Instant.parse(text);
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw invalid();
            }
            return instant;
        } catch (DateTimeParseException ex) {
            throw invalid();
        }
    }

    private static BigDecimal price(String text) {
        if (!PRICE.matcher(text).matches()) {
            throw invalid();
        }
        return new BigDecimal(text);
    }

    private static String title(String text) {
        if (text.codePointCount(0, text.length()) > ProductRules.MAX_TITLE) {
            throw invalid();
        }
        return text;
    }

    private static String keyText(Comparable<?> key) {
        return (key instanceof BigDecimal decimal) ? decimal.toPlainString() : key.toString();
    }

    private static BadRequestException invalid() {
        return new BadRequestException("Invalid cursor: pass a cursor exactly as this API returned it");
    }
}
