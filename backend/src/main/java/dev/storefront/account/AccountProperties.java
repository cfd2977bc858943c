package dev.storefront.account;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings.
 *
 * @param admin the first admin, created on startup when absent ({@code storefront.admin.*})
 * @param loginThrottle how failed sign-ins are throttled ({@code storefront.login-throttle.*})
 * @param sessionHeader the request and response header that carries the session id for
 *     clients that don't keep cookies ({@code storefront.session-header})
 * @param rolesCacheTtl how long a signed-in account's roles (and whether it still exists) are
 *     reused before they are read again ({@code storefront.roles-cache-ttl}); {@code 0s} reads
 *     them on every request
 */
@ConfigurationProperties("storefront")
record AccountProperties(
        @DefaultValue Admin admin,
        @DefaultValue LoginThrottle loginThrottle,
        @DefaultValue("X-Auth-Token") String sessionHeader,
        @DefaultValue("10s") Duration rolesCacheTtl) {

    /**
     * @param email the admin's email; no admin is created when blank
     * @param password the admin's password, used only when the account is created
     * @param name the admin's display name
     * @param promoteExisting whether an existing account with that email that is not an admin
     *     is made one (it keeps its password); when false, such an account stops the start, as
     *     anyone could have registered it
     */
    record Admin(
            @Nullable String email,
            @Nullable String password,
            @DefaultValue("Shop Admin") String name,
            @DefaultValue("false") boolean promoteExisting) {}

    /**
     * @param maxFailuresPerEmail failed sign-ins for one email before it is refused for a while
     * @param maxFailuresPerClient failed sign-ins from one client address before it is refused
     * @param window how long failures are remembered, and how long a refusal lasts
     */
    record LoginThrottle(
            @DefaultValue("5") int maxFailuresPerEmail,
            @DefaultValue("20") int maxFailuresPerClient,
            @DefaultValue("15m") Duration window) {}
}
