package dev.storefront.order;

import java.util.Optional;
import java.util.regex.Pattern;

import dev.storefront.shared.InputLimits;

/**
 * Order numbers as people type them back: {@code sf-7k3m 9qxp-2hdt}, {@code SF7K3M9QXP2HDT} and
 * {@code SF-7K3M-9QXP-2HDT} are one number. Case, spaces and dashes are ignored and the number is
 * compared in its canonical form {@code SF-XXXX-XXXX-XXXX} ({@link OrderNumbers#normalise}, which
 * also reads O as 0, I and L as 1); the {@code SF} may be left out. This adds what an argument
 * needs: a bound on its length, and the dashes and spaces of every kind that a copy and paste brings.
 */
final class OrderNumberFormat {

    /** What any argument that names an order number may hold; longer is a BAD_REQUEST. */
    static final int MAX_INPUT = 40;

    /** Spaces of any kind and the dashes a keyboard or a word processor makes. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\\u2010-\\u2015\\u2212]+");

    private OrderNumberFormat() {}

    /**
     * The canonical number, or empty when the text can't be one (then no order has it, and the
     * caller answers as for an unknown number). Longer than {@link #MAX_INPUT} is refused.
     */
    static Optional<String> canonical(String number, String argument) {
        InputLimits.requireAtMost(MAX_INPUT, argument, number);
        return OrderNumbers.normalise(SEPARATORS.matcher(number).replaceAll(""));
    }
}
