package dev.storefront.order;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Order numbers such as {@code SF-7K3M-9QXP-2HDT}: twelve random characters of Crockford's base 32
 * (digits and letters without I, L, O and U, so nothing reads as another character), 60 bits from
 * a {@link SecureRandom}: not the database id, not sequential, not guessable.
 */
@Component
class OrderNumbers {

    static final String PREFIX = "SF";

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final int GROUPS = 3;

    private static final int GROUP_LENGTH = 4;

    /** The longest input {@link #normalise} reads; anything longer is no order number. */
    static final int MAX_INPUT_LENGTH = 40;

    private final SecureRandom random = new SecureRandom();

    /** A new random number; the database's unique key catches the (1 in 2^60 per pair) clash. */
    String next() {
        char[] chars = new char[GROUPS * GROUP_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET.charAt(this.random.nextInt(ALPHABET.length()));
        }
        return format(new String(chars));
    }

    /**
     * The number as it is stored, from what a person typed: case, dashes and spaces are ignored,
     * the {@code SF} prefix may be left out ({@code sf7k3m 9qxp2hdt}, {@code 7K3M-9QXP-2HDT}), and
     * O reads as 0, I and L as 1.
     * Empty when it can't be an order number (too long, other characters, wrong length): such
     * input needs no lookup. Static: it has no state.
     */
    static Optional<String> normalise(String input) {
        if (input.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        String compact = input.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.startsWith(PREFIX) && compact.length() == PREFIX.length() + GROUPS * GROUP_LENGTH) {
            compact = compact.substring(PREFIX.length());
        }
        // Crockford's reading rules: O is 0, I and L are 1.
        compact = compact.replace('O', '0').replace('I', '1').replace('L', '1');
        if (compact.length() != GROUPS * GROUP_LENGTH || !compact.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(format(compact));
    }

    private static String format(String twelve) {
        StringBuilder number = new StringBuilder(PREFIX);
        for (int group = 0; group < GROUPS; group++) {
            number.append('-').append(twelve, group * GROUP_LENGTH, (group + 1) * GROUP_LENGTH);
        }
        return number.toString();
    }
}
