package dev.storefront.catalog;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import dev.storefront.shared.BadRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every cursor the catalog writes reads back; one it could never have written is refused. */
class ProductCursorTests {

    @Test
    void theLongestKeysWeWriteReadBack() {
        String title = "🛒".repeat(ProductRules.MAX_TITLE);
        roundTrip(new ProductCursor(ProductSort.TITLE_ASC, Long.MAX_VALUE, title));
        roundTrip(new ProductCursor(ProductSort.PRICE_DESC, 1, new BigDecimal("9999999999.99")));
        roundTrip(new ProductCursor(ProductSort.PRICE_ASC, 1, new BigDecimal("-9999999999.99")));
        roundTrip(new ProductCursor(ProductSort.NEWEST, 1, Instant.parse("2026-11-21T08:15:30.123456Z")));
    }

    @Test
    void keysBeyondWhatTheColumnsHoldAreInvalid() {
        refused(ProductSort.TITLE_ASC, "v1|TITLE_ASC|1|" + "🛒".repeat(ProductRules.MAX_TITLE + 1));
        refused(ProductSort.PRICE_ASC, "v1|PRICE_ASC|1|1e3");
        refused(ProductSort.PRICE_ASC, "v1|PRICE_ASC|1| 10.00");
        refused(ProductSort.NEWEST, "v1|NEWEST|1|9999-12-31T23:59:59Z");
        refused(ProductSort.NEWEST, "v1|NEWEST|1|" + "2026-01-01T00:00:00." + "1".repeat(40) + "Z");
        refused(ProductSort.NEWEST, "v1|NEWEST|9223372036854775808|2026-01-01T00:00:00Z");
        refused(ProductSort.NEWEST, "v1|NEWEST|+1|2026-01-01T00:00:00Z");
        refused(ProductSort.RELEVANCE, "v1|RELEVANCE|1|0.5");
    }

    private static void roundTrip(ProductCursor cursor) {
        ProductCursor read = ProductCursor.decode(cursor.encode(), cursor.sort());
        assertThat(read.id()).isEqualTo(cursor.id());
        assertThat(read.key()).isEqualTo(cursor.key());
    }

    private static void refused(ProductSort sort, String plain) {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ProductCursor.decode(cursor, sort))
                .as(plain)
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("Invalid cursor");
    }
}
