package dev.storefront.shared;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Operation names become metric tags only while they are few and look like names. */
class GraphQlOperationNamesTests {

    final GraphQlOperationNames names = new GraphQlOperationNames(new MetricsProperties(3));

    @Test
    void theFirstNamesAreKeptAndEveryLaterOneIsOther() {
        assertThat(this.names.tagFor("CatalogProducts")).isEqualTo("CatalogProducts");
        assertThat(this.names.tagFor("Cart")).isEqualTo("Cart");
        assertThat(this.names.tagFor("Me")).isEqualTo("Me");
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            tags.add(this.names.tagFor("Stranger" + i));
        }
        assertThat(tags).containsExactly(GraphQlOperationNames.OTHER);
        assertThat(this.names.tagFor("Cart")).as("a known name stays known").isEqualTo("Cart");
    }

    @Test
    void textThatIsNoNameNeverBecomesATag() {
        assertThat(this.names.tagFor("drop table; --")).isEqualTo(GraphQlOperationNames.OTHER);
        assertThat(this.names.tagFor("A".repeat(65))).isEqualTo(GraphQlOperationNames.OTHER);
        assertThat(this.names.tagFor("Ünïcode")).isEqualTo(GraphQlOperationNames.OTHER);
        assertThat(this.names.tagFor(null)).isEqualTo(GraphQlOperationNames.ANONYMOUS);
        assertThat(this.names.tagFor("")).isEqualTo(GraphQlOperationNames.ANONYMOUS);
        assertThat(this.names.tagFor("Fine"))
                .as("the refused texts took no place")
                .isEqualTo("Fine");
    }
}
