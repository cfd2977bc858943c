package dev.storefront.cart;

import java.util.List;

import dev.storefront.shared.UserError;

/** What signing in did with the session's anonymous cart. */
public record CartMerge(int mergedLines, List<UserError> adjustments) {}
