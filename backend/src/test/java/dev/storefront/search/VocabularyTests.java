package dev.storefront.search;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.storefront.catalog.CategoryView;
import dev.storefront.catalog.ProductView;
import dev.storefront.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What "did you mean" may replace a word with, among the words of the products found. */
class VocabularyTests {

    private final Vocabulary vocabulary = Vocabulary.of(
            List.of(product(1, "HD Lamp"), product(2, "Desk Lamp"), product(3, "Damp Cloth"), product(4, "Lamp Shade")),
            Map.of(2L, List.of("Café")),
            List.of(new CategoryView(1, "kitchen", "Kitchen", null)));

    @Test
    void aKnownWordStays() {
        assertThat(this.vocabulary.nearest("damp")).isEqualTo("damp");
    }

    @Test
    void amongEquallyNearWordsTheOneOfMoreProductsWins() {
        // "lamp" (3 products) and "damp" (1) are both one edit from "ramp".
        assertThat(this.vocabulary.nearest("ramp")).isEqualTo("lamp");
    }

    @Test
    void neverAWordShorterThanThreeLetters() {
        assertThat(this.vocabulary.nearest("hx")).isEqualTo("hx");
        assertThat(this.vocabulary.nearest("hdd"))
                .as("one edit from hd, but hd is too short")
                .isEqualTo("hdd");
    }

    @Test
    void shortWordsAreCorrectedByOneEditOnlyLongerOnesByTwo() {
        assertThat(this.vocabulary.nearest("lomb")).as("two edits from lamp").isEqualTo("lomb");
        assertThat(this.vocabulary.nearest("kichn")).isEqualTo("kitchen");
        assertThat(this.vocabulary.nearest("cafee")).as("tags count, folded").isEqualTo("cafe");
    }

    private static ProductView product(long id, String title) {
        OffsetDateTime now = OffsetDateTime.now();
        return new ProductView(
                id, "p" + id, title, "", new Money(BigDecimal.TEN, "EUR"), null, null, 1, false, true, now, now);
    }
}
