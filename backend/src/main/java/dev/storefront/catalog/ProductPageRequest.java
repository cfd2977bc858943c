package dev.storefront.catalog;

import dev.storefront.shared.BadRequestException;
import org.jspecify.annotations.Nullable;

/**
 * Which page of a product list to read: {@code first} items after a cursor going forward, or
 * {@code last} items before one going backward (Relay connection arguments), checked.
 */
public record ProductPageRequest(
        int size, boolean backward, @Nullable String cursor) {

    public static final int DEFAULT_SIZE = 20;

    public static final int MAX_SIZE = 100;

    /** Checks the four connection arguments together; a caller's mistake is a BAD_REQUEST. */
    public static ProductPageRequest of(
            @Nullable Integer first, @Nullable String after, @Nullable Integer last, @Nullable String before) {
        if (first != null && last != null) {
            throw new BadRequestException("Pass either first or last, not both");
        }
        if (after != null && before != null) {
            throw new BadRequestException("Pass either after or before, not both");
        }
        boolean backward = last != null || before != null;
        if (backward && (first != null || after != null)) {
            throw new BadRequestException("Page backward with last and before, forward with first and after");
        }
        Integer requested = backward ? last : first;
        String name = backward ? "last" : "first";
        int size = (requested != null) ? requested : DEFAULT_SIZE;
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException(name + " must be between 1 and " + MAX_SIZE + "; page through larger lists");
        }
        return new ProductPageRequest(size, backward, backward ? before : after);
    }
}
