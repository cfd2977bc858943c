package dev.storefront.shared;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * How long the strings may be that the shop looks up or remembers, checked before any lookup or
 * cache sees them: nothing a stranger sends may cost more memory or work than the longest real
 * value does. The schema's descriptions state the same limits.
 */
public final class InputLimits {

    /** A product's or a category's slug. */
    public static final int MAX_SLUG = 120;

    /** A list filter's text query; {@code search} cuts its own query instead (storefront.search.max-query-length). */
    public static final int MAX_TEXT_QUERY = 200;

    /** The categories one filter may name. */
    public static final int MAX_CATEGORY_SLUGS = 50;

    private InputLimits() {}

    /**
     * Refuses a string longer than {@code max} characters with a BAD_REQUEST that names the
     * argument and the limit, never the value.
     */
    public static void requireAtMost(int max, String argument, @Nullable String value) {
        if (value != null && value.length() > max) {
            throw new BadRequestException(argument + " may be at most " + max + " characters");
        }
    }

    /** Refuses a list holding a string longer than {@code max} characters, the same way. */
    public static void requireEachAtMost(int max, String argument, @Nullable Collection<String> values) {
        if (values != null && values.stream().anyMatch((value) -> value != null && value.length() > max)) {
            throw new BadRequestException("Each of " + argument + " may be at most " + max + " characters");
        }
    }
}
