package dev.storefront.catalog;

import java.util.List;

import dev.storefront.shared.UserError;
import org.jspecify.annotations.Nullable;

/** The outcome of deleting (archiving) a product. */
public record DeleteProductPayload(@Nullable String deletedProductId, List<UserError> userErrors) {}
