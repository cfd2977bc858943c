package dev.storefront.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Emails in their one canonical form: trimmed, Unicode NFC, lower case ({@link Locale#ROOT}).
 * Accounts store that form and compare it exactly (a binary collation on MySQL and MariaDB), so
 * {@code böss@shop.test} is not {@code boss@shop.test}, while a composed and a decomposed "ö"
 * are one email. Public for the other modules that take an email (checkout's guest email).
 */
public final class Emails {

    public static final int MAX_LENGTH = 254;

    // Deliberately plain: one @, something on each side, a dot in the domain, no spaces.
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Emails() {}

    public static String canonical(String email) {
        // Lower-casing can take a character out of NFC (e.g. U+0130): normalise again after it.
        String composed = Normalizer.normalize(email.strip(), Normalizer.Form.NFC);
        return Normalizer.normalize(composed.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** Whether a canonical email has nothing invisible in it: no space of any kind, no control character. */
    public static boolean isVisible(String canonical) {
        return VisibleText.isVisible(canonical, false);
    }

    public static boolean looksValid(String canonical) {
        return canonical.length() <= MAX_LENGTH && SHAPE.matcher(canonical).matches() && isVisible(canonical);
    }
}
