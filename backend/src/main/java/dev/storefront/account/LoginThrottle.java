package dev.storefront.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per email and per client address, and refuses further attempts for a
 * while once either passes its limit. Kept in memory: each application instance counts its
 * own attempts (documented in the README).
 */
@Component
class LoginThrottle {

	private static final int MAX_TRACKED_KEYS = 100_000;

	private final AccountProperties.LoginThrottle settings;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	LoginThrottle(AccountProperties properties, Clock clock) {
		this.settings = properties.loginThrottle();
		this.clock = clock;
	}

	boolean isBlocked(String email, String client) {
		Instant now = this.clock.instant();
		return count("email:" + email, now) >= this.settings.maxFailuresPerEmail()
				|| count("client:" + client, now) >= this.settings.maxFailuresPerClient();
	}

	void recordFailure(String email, String client) {
		Instant now = this.clock.instant();
		if (this.failures.size() > MAX_TRACKED_KEYS) {
			this.failures.values().removeIf((f) -> f.expired(now, this.settings));
		}
		this.failures.merge("email:" + email, new Failures(1, now), (old, one) -> old.plusOne(now, this.settings));
		this.failures.merge("client:" + client, new Failures(1, now), (old, one) -> old.plusOne(now, this.settings));
	}

	void recordSuccess(String email) {
		this.failures.remove("email:" + email);
	}

	private int count(String key, Instant now) {
		Failures found = this.failures.get(key);
		return (found == null || found.expired(now, this.settings)) ? 0 : found.count();
	}

	/** Failures since the first one of the current window. */
	private record Failures(int count, Instant since) {

		boolean expired(Instant now, AccountProperties.LoginThrottle settings) {
			return now.isAfter(this.since.plus(settings.window()));
		}

		Failures plusOne(Instant now, AccountProperties.LoginThrottle settings) {
			return expired(now, settings) ? new Failures(1, now) : new Failures(this.count + 1, this.since);
		}

	}

}
