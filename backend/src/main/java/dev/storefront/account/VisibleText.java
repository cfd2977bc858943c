package dev.storefront.account;

/**
 * Text a person can read back: no control or format characters (zero-width spaces, direction
 * overrides), no private-use, unassigned or lone surrogate code points, no line or paragraph
 * separators, and no space but the plain one (no no-break, thin or ideographic spaces). Such
 * characters make two emails or names look alike that are not, or hide what is there.
 */
public final class VisibleText {

    private VisibleText() {}

    /** Whether the text has nothing invisible in it; {@code plainSpaces}: whether it may hold plain spaces (U+0020). */
    public static boolean isVisible(String text, boolean plainSpaces) {
        return text.codePoints().allMatch((codePoint) -> isVisible(codePoint, plainSpaces));
    }

    private static boolean isVisible(int codePoint, boolean plainSpaces) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.SURROGATE,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> plainSpaces && codePoint == ' ';
            default -> true;
        };
    }
}
