package dev.storefront.order;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

import dev.storefront.shared.BadRequestException;

/**
 * An opaque position in a list of orders, which is always newest first: the order's
 * {@code placedAt} and id, as URL-safe Base64 of {@code o1|placedAt|id}. A cursor comes from the
 * client, so every part is checked against what the columns hold before it reaches a query.
 */
record OrderCursor(Instant placedAt, long id) {

    private static final String VERSION = "o1";

    /** Far more than the longest cursor written (about 60 characters). */
    private static final int MAX_LENGTH = 120;

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,18}");

    /** What DATETIME(6) holds, a day inside either end so that no time zone pushes it out. */
    private static final Instant EARLIEST = Instant.parse("1000-01-02T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-30T00:00:00Z");

    static OrderCursor of(OrderView order) {
        return new OrderCursor(order.placedAt().toInstant(), order.id());
    }

    String encode() {
        String plain = String.join("|", VERSION, this.placedAt.toString(), Long.toString(this.id));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a client sent back; anything this API didn't write is a BAD_REQUEST. */
    static OrderCursor decode(String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException ex) {
            throw invalid();
        }
        if (parts.length != 3
                || !VERSION.equals(parts[0])
                || !ID.matcher(parts[2]).matches()) {
            throw invalid();
        }
        try {
            Instant placedAt = Instant.parse(parts[1]);
            if (placedAt.isBefore(EARLIEST) || placedAt.isAfter(LATEST)) {
                throw invalid();
            }
            return new OrderCursor(placedAt, Long.parseLong(parts[2]));
        } catch (DateTimeParseException | NumberFormatException ex) {
            throw invalid();
        }
    }

    private static BadRequestException invalid() {
        return new BadRequestException("Invalid cursor: pass a cursor exactly as this API returned it");
    }
}
