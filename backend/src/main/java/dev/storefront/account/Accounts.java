package dev.storefront.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Accounts' public face: registering, signing in and out, and who is signed in.
 * Authentication says who you are; what you may do is each feature's method security.
 */
@Service
public class Accounts {

    static final int MIN_PASSWORD_LENGTH = 10;

    // bcrypt reads at most 72 bytes; a longer password would be silently cut.
    static final int MAX_PASSWORD_BYTES = 72;

    static final int MAX_NAME_LENGTH = 100;

    private static final String BAD_CREDENTIALS = "The email or password is wrong";

    private final CustomerRepository customers;

    private final PasswordEncoder passwords;

    private final AuthenticationManager authentication;

    private final HttpSessions sessions;

    private final LoginThrottle throttle;

    private final ApplicationEventPublisher events;

    private final AccountRoles roles;

    private final SignInMetrics metrics;

    Accounts(
            CustomerRepository customers,
            PasswordEncoder passwords,
            CustomerDetailsService details,
            HttpSessions sessions,
            LoginThrottle throttle,
            ApplicationEventPublisher events,
            AccountRoles roles,
            SignInMetrics metrics) {
        this.customers = customers;
        this.passwords = passwords;
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(passwords);
        this.authentication = new ProviderManager(provider);
        this.sessions = sessions;
        this.throttle = throttle;
        this.events = events;
        this.roles = roles;
        this.metrics = metrics;
    }

    /** The signed-in customer, if any. */
    @Transactional(readOnly = true)
    public Optional<CustomerView> current() {
        return currentCustomerId().flatMap(this.customers::findById).map(Customer::toView);
    }

    /**
     * The signed-in customer's id, from the session; empty once the account is gone (known from
     * {@link AccountRoles}' cache, so not a database read per call).
     */
    public Optional<Long> currentCustomerId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(auth.getName()));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    /**
     * The signed-in customer's id, confirmed in the database now rather than by the roles cache,
     * for writes that store it (a new cart refers to the account). When the account is gone, the
     * session becomes anonymous here and now, and empty is returned.
     */
    @Transactional(readOnly = true)
    public Optional<Long> confirmedCustomerId() {
        Optional<Long> id = currentCustomerId();
        if (id.isPresent() && !this.customers.existsById(id.get())) {
            this.roles.forget(id.get());
            this.sessions.forgetAccount();
            return Optional.empty();
        }
        return id;
    }

    /**
     * Customers by id, for those that refer to them (an order shows its customer to admins);
     * unknown ids are absent. Whether the caller may see them is the caller's to decide.
     */
    @Transactional(readOnly = true)
    public Map<Long, CustomerView> customers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return this.customers.findByIdIn(ids).stream()
                .map(Customer::toView)
                .collect(Collectors.toMap(CustomerView::id, Function.identity()));
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
        passwordProblem(password, canonical).ifPresent(errors::add);
        if (errors.isEmpty() && this.customers.existsByEmail(canonical)) {
            errors.add(UserError.of(
                    UserErrorCode.EMAIL_TAKEN,
                    "An account with this email exists already; sign in instead",
                    "input",
                    "email"));
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
            return AuthPayload.failed(UserError.of(
                    UserErrorCode.EMAIL_TAKEN,
                    "An account with this email exists already; sign in instead",
                    "input",
                    "email"));
        }
        signIn(customer);
        return AuthPayload.signedIn(customer.toView());
    }

    /**
     * Signs in; wrong email and wrong password are told apart by nobody. The attempt is counted
     * before the password is checked, so parallel guesses get no more checks than serial ones.
     * No transaction: the account lookup's "not found" must not doom a surrounding one.
     */
    public AuthPayload login(String email, String password, String client) {
        String canonical = Emails.canonical(email);
        if (!Emails.isVisible(canonical)) {
            // No account has such an email, and saying so gives none away.
            return AuthPayload.failed(UserError.of(
                    UserErrorCode.INVALID,
                    "An email address has no spaces, invisible or control characters",
                    "input",
                    "email"));
        }
        if (!this.throttle.tryReserve(canonical, client)) {
            this.metrics.throttled();
            return AuthPayload.failed(UserError.of(
                    UserErrorCode.TOO_MANY_ATTEMPTS, "Too many failed sign-ins; wait a few minutes and try again"));
        }
        Authentication result;
        try {
            result = this.authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(canonical, password));
        } catch (BadCredentialsException ex) {
            // The reserved attempt stays counted: it was a failure.
            this.metrics.badCredentials();
            return AuthPayload.failed(UserError.of(UserErrorCode.BAD_CREDENTIALS, BAD_CREDENTIALS));
        }
        this.throttle.succeeded(canonical, client);
        this.metrics.signedIn();
        String previousSessionId = this.sessions.signIn(result);
        this.events.publishEvent(new SignedIn(Long.parseLong(result.getName()), previousSessionId));
        return AuthPayload.signedIn(this.customers
                .findById(Long.valueOf(result.getName()))
                .map(Customer::toView)
                .orElseThrow());
    }

    /** Signs out and deletes the session. */
    public void logout() {
        String sessionId = this.sessions.signOut();
        if (sessionId != null) {
            this.events.publishEvent(new SignedOut(sessionId));
        }
    }

    /** Whether the customer's account exists (from {@link AccountRoles}' cache, not a read per call). */
    public boolean exists(long customerId) {
        return this.roles.of(customerId).isPresent();
    }

    private void signIn(Customer customer) {
        String previousSessionId =
                this.sessions.signIn(CurrentAccountContexts.signedIn(customer.getId(), customer.getRoles()));
        this.events.publishEvent(new SignedIn(customer.getId(), previousSessionId));
    }

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
