package dev.storefront.order;

import dev.storefront.shared.BadRequestException;
import org.jspecify.annotations.Nullable;

/** Which page of a list of orders to read: {@code first} orders after a cursor, checked. */
record OrderPageRequest(int size, @Nullable OrderCursor after) {

    static final int DEFAULT_SIZE = 20;

    static final int MAX_SIZE = 100;

    /** A caller's mistake (a size out of range, a cursor this API didn't write) is a BAD_REQUEST. */
    static OrderPageRequest of(@Nullable Integer first, @Nullable String after) {
        int size = (first != null) ? first : DEFAULT_SIZE;
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("first must be between 1 and " + MAX_SIZE + "; page through larger lists");
        }
        return new OrderPageRequest(size, (after != null) ? OrderCursor.decode(after) : null);
    }
}
