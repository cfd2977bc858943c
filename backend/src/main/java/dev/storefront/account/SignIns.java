package dev.storefront.account;

import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Signing in with an email and a password, throttled, and signing out. */
@Service
class SignIns {

    private static final String BAD_CREDENTIALS = "The email or password is wrong";

    private final CustomerRepository customers;

    private final AuthenticationManager authentication;

    private final HttpSessions sessions;

    private final LoginThrottle throttle;

    private final ApplicationEventPublisher events;

    private final SignInMetrics metrics;

    SignIns(
            CustomerRepository customers,
            PasswordEncoder passwords,
            CustomerDetailsService details,
            HttpSessions sessions,
            LoginThrottle throttle,
            ApplicationEventPublisher events,
            SignInMetrics metrics) {
        this.customers = customers;
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(passwords);
        this.authentication = new ProviderManager(provider);
        this.sessions = sessions;
        this.throttle = throttle;
        this.events = events;
        this.metrics = metrics;
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
}
