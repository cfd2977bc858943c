package dev.storefront.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A problem with a mutation's input that the caller can act on. A mutation that reports user
 * errors has written nothing.
 *
 * @param field the path to the input field at fault, e.g. {@code ["input", "price"]}
 */
public record UserError(UserErrorCode code, @Nullable List<String> field, String message) {

    public static UserError of(UserErrorCode code, String message, String... field) {
        return new UserError(code, (field.length == 0) ? null : List.of(field), message);
    }
}
