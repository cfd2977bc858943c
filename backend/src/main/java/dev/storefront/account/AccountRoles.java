package dev.storefront.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The roles each account has now, read from the database and reused for at most
 * {@code storefront.roles-cache-ttl}: what a session may do follows the account, not what it
 * was at sign-in. Only ids of signed-in sessions are looked up, and the cache is bounded.
 */
@Component
class AccountRoles implements MeterBinder {

    private static final int MAX_ACCOUNTS = 10_000;

    private final CustomerRepository customers;

    // Empty: the account is gone. Null cache: a TTL of 0 reads every time.
    private final @Nullable Cache<Long, Optional<Set<Role>>> cache;

    AccountRoles(CustomerRepository customers, AccountProperties properties, Clock clock) {
        this.customers = customers;
        Duration ttl = properties.rolesCacheTtl();
        this.cache = ttl.isZero()
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(ttl)
                        .maximumSize(MAX_ACCOUNTS)
                        .ticker(() -> nanos(clock.instant()))
                        .recordStats()
                        .build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        if (this.cache != null) {
            CaffeineCacheMetrics.monitor(registry, this.cache, "account-roles");
        }
    }

    /** The account's roles, or empty when there is no such account (any more). */
    Optional<Set<Role>> of(long customerId) {
        return (this.cache != null) ? this.cache.get(customerId, this::read) : read(customerId);
    }

    /** The account is known to be gone: no session of it may use its cached roles any more. */
    void forget(long customerId) {
        if (this.cache != null) {
            this.cache.invalidate(customerId);
        }
    }

    private Optional<Set<Role>> read(long customerId) {
        return this.customers.findById(customerId).map((customer) -> Set.copyOf(customer.getRoles()));
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
