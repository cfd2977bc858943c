package dev.storefront.shared;

import org.jspecify.annotations.Nullable;

/** Where a page of a connection sits in the whole list (Relay connection spec). */
public record PageInfo(
        boolean hasNextPage,
        boolean hasPreviousPage,
        @Nullable String startCursor,
        @Nullable String endCursor) {}
