package dev.storefront.shared;

import org.jspecify.annotations.Nullable;

/**
 * The shop's GraphQL {@code ID}s: database ids written as strings. An ID that is no number is
 * an id nothing has: not found, never an error.
 */
public final class Ids {

    /** An id no row has (database ids start at 1), for an ID that is no number. */
    public static final long NONE = -1;

    private Ids() {}

    public static @Nullable Long parse(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** The id, or {@link #NONE} when the ID is no number. */
    public static long parseOrNone(String id) {
        Long parsed = parse(id);
        return (parsed != null) ? parsed : NONE;
    }
}
