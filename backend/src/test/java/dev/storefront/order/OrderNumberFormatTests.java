package dev.storefront.order;

import java.util.Optional;

import dev.storefront.shared.BadRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Order numbers as people type them back come to one canonical form; anything else is no number. */
class OrderNumberFormatTests {

    @Test
    void caseDashesAndSpacesAreIgnoredAndThePrefixMayBeLeftOut() {
        for (String typed : new String[] {
            "SF-7K3M-9QXP-2HDT",
            "sf-7k3m-9qxp-2hdt",
            "SF7K3M9QXP2HDT",
            "7K3M9QXP2HDT",
            " sf 7k3m 9qxp 2hdt ",
            "SF\u20137K3M\u20149QXP-2HDT",
            "\tSF-7K3M-9QXP-2HDT\n"
        }) {
            assertThat(OrderNumberFormat.canonical(typed, "number")).as(typed).contains("SF-7K3M-9QXP-2HDT");
        }
    }

    @Test
    void aTextThatCantBeANumberIsNone() {
        for (String typed : new String[] {
            "",
            "SF",
            "SF-7K3M-9QXP",
            "SF-7K3M-9QXP-2HDT-1",
            "SF_7K3M_9QXP_2HDT",
            "XX-7K3M-9QXP-2HDT",
            "SF-7K3M-9QXP-2HDÖ",
            "1 OR 1=1",
            "%"
        }) {
            assertThat(OrderNumberFormat.canonical(typed, "number")).as(typed).isEqualTo(Optional.empty());
        }
    }

    @Test
    void aTextLongerThanFortyCharactersIsABadRequest() {
        assertThat(OrderNumberFormat.canonical(" ".repeat(40), "number")).isEmpty();
        assertThatExceptionOfType(BadRequestException.class)
                .isThrownBy(() -> OrderNumberFormat.canonical(" ".repeat(41), "number"))
                .withMessage("number may be at most 40 characters");
    }
}
