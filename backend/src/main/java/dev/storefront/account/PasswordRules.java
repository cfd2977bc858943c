package dev.storefront.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;

/** What a password must be, for a shopper registering and for the configured admin alike. */
final class PasswordRules {

    static final int MIN_PASSWORD_LENGTH = 10;

    // bcrypt reads at most 72 bytes; a longer password would be silently cut.
    static final int MAX_PASSWORD_BYTES = 72;

    private PasswordRules() {}

    static Optional<UserError> passwordProblem(String password, String canonicalEmail) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of(UserError.of(
                    UserErrorCode.WEAK_PASSWORD,
                    "Use at least " + MIN_PASSWORD_LENGTH + " characters",
                    "input",
                    "password"));
        }
        if (password.strip().equalsIgnoreCase(canonicalEmail)) {
            return Optional.of(UserError.of(
                    UserErrorCode.WEAK_PASSWORD, "Don't use your email as your password", "input", "password"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of(UserError.of(
                    UserErrorCode.INVALID,
                    "Use at most " + MAX_PASSWORD_BYTES + " bytes (about 70 letters)",
                    "input",
                    "password"));
        }
        return Optional.empty();
    }
}
