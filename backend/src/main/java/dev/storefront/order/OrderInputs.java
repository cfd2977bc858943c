package dev.storefront.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.storefront.account.Emails;
import dev.storefront.account.VisibleText;
import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks {@code placeOrder}'s input, with the limits the schema's descriptions state. Text is
 * trimmed; text a person can't read back (control, format or unusual space characters) is
 * refused, as accounts refuse it in names. Every problem is a user error naming its field.
 */
@Component
class OrderInputs {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private static final int MAX_PAYMENT_CODE = 40;

    private final PaymentMethods payments;

    OrderInputs(PaymentMethods payments) {
        this.payments = payments;
    }

    /** The input, checked and in its stored form. */
    record Checked(String email, ShippingAddress address, PaymentMethod payment) {}

    /** Why the idempotency key can't be used; checked before anything is looked up with it. */
    static Optional<UserError> keyProblem(String key) {
        if (IDEMPOTENCY_KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return Optional.of(UserError.of(
                UserErrorCode.INVALID,
                "The idempotency key is 8 to 100 letters, digits or . _ : -",
                "input",
                "idempotencyKey"));
    }

    /**
     * The checked input, or the problems with it.
     * @param accountEmail the signed-in customer's email; empty for a guest
     */
    Result check(PlaceOrderInput input, Optional<String> accountEmail) {
        List<UserError> errors = new ArrayList<>();
        String email = email(input.email(), accountEmail, errors);
        ShippingAddress address = address(input.shippingAddress(), errors);
        PaymentMethod payment = payment(input.paymentMethod(), errors);
        return new Result(errors.isEmpty() ? new Checked(email, address, payment) : null, errors);
    }

    /** @param checked null when {@code errors} is not empty */
    record Result(@Nullable Checked checked, List<UserError> errors) {}

    private static @Nullable String email(
            @Nullable String given, Optional<String> accountEmail, List<UserError> errors) {
        if (given != null && given.length() > Emails.MAX_LENGTH) {
            errors.add(invalid("An email address has at most " + Emails.MAX_LENGTH + " characters", "email"));
            return null;
        }
        String canonical = (given != null && !given.isBlank()) ? Emails.canonical(given) : null;
        if (accountEmail.isPresent()) {
            if (canonical != null && !canonical.equals(accountEmail.get())) {
                errors.add(invalid("Signed in, the order goes to your account's email; leave the email out", "email"));
            }
            return accountEmail.get();
        }
        if (canonical == null) {
            errors.add(invalid("Enter the email address the confirmation goes to", "email"));
        } else if (!Emails.isVisible(canonical)) {
            errors.add(invalid("An email address has no spaces, invisible or control characters", "email"));
        } else if (!Emails.looksValid(canonical)) {
            errors.add(invalid("Enter an email address such as name@example.com", "email"));
        }
        return canonical;
    }

    private static ShippingAddress address(PlaceOrderInput.AddressInput given, List<UserError> errors) {
        String countryCode = given.countryCode().strip().toUpperCase(Locale.ROOT);
        if (!countryCode.matches("[A-Z]{2}") || !COUNTRIES.contains(countryCode)) {
            errors.add(invalid(
                    "Enter the country as its two-letter ISO code, e.g. DE or US", "shippingAddress", "countryCode"));
        }
        return new ShippingAddress(
                required(given.name(), 100, "name", errors),
                required(given.line1(), 200, "line1", errors),
                optional(given.line2(), 200, "line2", errors),
                required(given.city(), 100, "city", errors),
                required(given.postalCode(), 20, "postalCode", errors),
                optional(given.region(), 100, "region", errors),
                countryCode);
    }

    private PaymentMethod payment(@Nullable String code, List<UserError> errors) {
        Optional<PaymentMethod> method = (code != null && code.length() > MAX_PAYMENT_CODE)
                ? Optional.empty()
                : this.payments.find((code != null) ? code.strip() : null);
        if (method.isEmpty()) {
            errors.add(invalid("No such payment method; choose one of paymentMethods", "paymentMethod"));
            return this.payments.find(null).orElseThrow();
        }
        return method.get();
    }

    private static String required(String text, int max, String field, List<UserError> errors) {
        String value = optional(text, max, field, errors);
        if (value == null) {
            errors.add(invalid("Enter 1 to " + max + " characters", "shippingAddress", field));
            return "";
        }
        return value;
    }

    /** The trimmed text; null when blank. */
    private static @Nullable String optional(@Nullable String text, int max, String field, List<UserError> errors) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            errors.add(invalid("Use at most " + max + " characters", "shippingAddress", field));
        } else if (!VisibleText.isVisible(value, true)) {
            errors.add(invalid("Use no invisible or control characters or unusual spaces", "shippingAddress", field));
        }
        return value.isEmpty() ? null : value;
    }

    private static UserError invalid(String message, String... field) {
        String[] path = new String[field.length + 1];
        path[0] = "input";
        System.arraycopy(field, 0, path, 1, field.length);
        return UserError.of(UserErrorCode.INVALID, message, path);
    }
}
