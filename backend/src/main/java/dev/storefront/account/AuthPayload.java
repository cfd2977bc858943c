package dev.storefront.account;

import java.util.List;

import dev.storefront.shared.UserError;
import org.jspecify.annotations.Nullable;

/** The outcome of registering or signing in. */
public record AuthPayload(@Nullable CustomerView customer, List<UserError> userErrors) {

    static AuthPayload signedIn(CustomerView customer) {
        return new AuthPayload(customer, List.of());
    }

    static AuthPayload failed(UserError... errors) {
        return new AuthPayload(null, List.of(errors));
    }
}
