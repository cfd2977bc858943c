package dev.storefront.order;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Order numbers are random, readable, and found again however a person types them. */
class OrderNumbersTests {

    @Test
    void numbersAreTwelveCrockfordCharactersInGroupsAndDoNotRepeat() {
        OrderNumbers numbers = new OrderNumbers();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String number = numbers.next();
            assertThat(number).matches("SF-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
            assertThat(OrderNumbers.normalise(number)).contains(number);
            seen.add(number);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void caseDashesSpacesAndThePrefixAreIgnored() {
        assertThat(OrderNumbers.normalise("sf-7k3m-9qxp-2hdt")).contains("SF-7K3M-9QXP-2HDT");
        assertThat(OrderNumbers.normalise(" SF 7K3M 9QXP 2HDT ")).contains("SF-7K3M-9QXP-2HDT");
        assertThat(OrderNumbers.normalise("7K3M9QXP2HDT")).contains("SF-7K3M-9QXP-2HDT");
        assertThat(OrderNumbers.normalise("SF-7K3M-9QXP-2HDO"))
                .as("O reads as 0")
                .contains("SF-7K3M-9QXP-2HD0");
        assertThat(OrderNumbers.normalise("SF-7K3M-9QXP-2HDl"))
                .as("l reads as 1")
                .contains("SF-7K3M-9QXP-2HD1");
    }

    @Test
    void anythingElseIsNoNumber() {
        assertThat(OrderNumbers.normalise("")).isEmpty();
        assertThat(OrderNumbers.normalise("SF-7K3M-9QXP-2HD")).isEmpty();
        assertThat(OrderNumbers.normalise("SF-7K3M-9QXP-2HDU"))
                .as("U is not in the alphabet")
                .isEmpty();
        assertThat(OrderNumbers.normalise("SF-7K3M-9QXP-2HD%")).isEmpty();
        assertThat(OrderNumbers.normalise("SF-7K3M-9QXP-2HDT-")).contains("SF-7K3M-9QXP-2HDT");
        assertThat(OrderNumbers.normalise("-".repeat(41))).isEmpty();
        assertThat(OrderNumbers.normalise("SF-7K3M-9QXP-2HDT" + " ".repeat(30))).isEmpty();
    }
}
