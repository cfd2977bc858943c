package dev.storefront.catalog;

import java.util.List;

import dev.storefront.shared.UserError;
import org.jspecify.annotations.Nullable;

/** The outcome of creating or updating a product. */
public record ProductPayload(@Nullable ProductView product, List<UserError> userErrors) {

    static ProductPayload failed(List<UserError> errors) {
        return new ProductPayload(null, errors);
    }
}
