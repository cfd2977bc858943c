package dev.storefront.account;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Sign-in attempts by outcome ({@code storefront.logins}): a rise of {@code bad_credentials} or
 * {@code throttled} is someone guessing passwords. Never tagged by email or client address.
 */
@Component
class SignInMetrics {

    private final Counter signedIn;

    private final Counter badCredentials;

    private final Counter throttled;

    SignInMetrics(MeterRegistry registry) {
        this.signedIn = counter(registry, "signed_in");
        this.badCredentials = counter(registry, "bad_credentials");
        this.throttled = counter(registry, "throttled");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("storefront.logins")
                .description("Sign-in attempts, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    void signedIn() {
        this.signedIn.increment();
    }

    void badCredentials() {
        this.badCredentials.increment();
    }

    /** The sign-in throttle refused the attempt before its password was checked. */
    void throttled() {
        this.throttled.increment();
    }
}
