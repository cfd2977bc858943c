package dev.storefront.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** Registering a shopper account, which signs it in. */
@Service
class Registration {

    static final int MAX_NAME_LENGTH = 100;

    private final CustomerRepository customers;

    private final PasswordEncoder passwords;

    private final HttpSessions sessions;

    private final ApplicationEventPublisher events;

    Registration(
            CustomerRepository customers,
            PasswordEncoder passwords,
            HttpSessions sessions,
            ApplicationEventPublisher events) {
        this.customers = customers;
        this.passwords = passwords;
        this.sessions = sessions;
        this.events = events;
    }

    /** Creates a shopper account and signs it in. */
    @Transactional
    public AuthPayload register(String email, String password, String name) {
        String canonical = Emails.canonical(email);
        String shownName = name.strip();
        List<UserError> errors = new ArrayList<>();
        if (!Emails.isVisible(canonical)) {
            errors.add(UserError.of(
                    UserErrorCode.INVALID,
                    "An email address has no spaces, invisible or control characters",
                    "input",
                    "email"));
        } else if (!Emails.looksValid(canonical)) {
            errors.add(UserError.of(
                    UserErrorCode.INVALID, "Enter an email address such as name@example.com", "input", "email"));
        }
        if (!VisibleText.isVisible(shownName, true)) {
            errors.add(UserError.of(
                    UserErrorCode.INVALID,
                    "Use a name without invisible or control characters or unusual spaces",
                    "input",
                    "name"));
        } else if (shownName.isEmpty() || shownName.length() > MAX_NAME_LENGTH) {
            errors.add(UserError.of(
                    UserErrorCode.INVALID, "Enter a name of 1 to " + MAX_NAME_LENGTH + " characters", "input", "name"));
        }
        PasswordRules.passwordProblem(password, canonical).ifPresent(errors::add);
        if (errors.isEmpty() && this.customers.existsByEmail(canonical)) {
            errors.add(emailTaken());
        }
        if (!errors.isEmpty()) {
            return new AuthPayload(null, errors);
        }
        Customer customer;
        try {
            customer = this.customers.save(
                    new Customer(canonical, this.passwords.encode(password), shownName, EnumSet.of(Role.SHOPPER)));
        } catch (DataIntegrityViolationException ex) {
            // Two registrations of one email at once: the unique key let only one through.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return AuthPayload.failed(emailTaken());
        }
        String previousSessionId =
                this.sessions.signIn(CurrentAccountContexts.signedIn(customer.getId(), customer.getRoles()));
        this.events.publishEvent(new SignedIn(customer.getId(), previousSessionId));
        return AuthPayload.signedIn(customer.toView());
    }

    private static UserError emailTaken() {
        return UserError.of(
                UserErrorCode.EMAIL_TAKEN,
                "An account with this email exists already; sign in instead",
                "input",
                "email");
    }
}
