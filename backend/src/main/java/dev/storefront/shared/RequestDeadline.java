package dev.storefront.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * The deadline of the GraphQL request being served ({@code storefront.graphql.request-timeout}),
 * for work that takes a timeout of its own: an index query or a transaction gets what is left of
 * the request's time. It is known while a field's data fetcher runs, on the request's thread
 * (controller methods run there, see {@link InlineControllerMethods}); outside a request
 * (startup, scheduled jobs) the whole timeout applies.
 */
public class RequestDeadline {

	/** Set only while a data fetcher runs, and always reset after it, so it never outlives one. */
	private final ThreadLocal<Instant> current = new ThreadLocal<>();

	private final Clock clock;

	private final Duration timeout;

	RequestDeadline(Clock clock, Duration timeout) {
		this.clock = clock;
		this.timeout = timeout;
	}

	/**
	 * What is left of the current request's time, for an index query's timeout.
	 * @throws RequestTimeoutException when nothing is left
	 */
	public Duration left() {
		Duration left = leftInRequest();
		if (left == null) {
			return this.timeout;
		}
		if (left.isNegative() || left.isZero()) {
			throw new RequestTimeoutException();
		}
		return left;
	}

	/** What is left of the current request's time (zero or less past it); null outside a request. */
	@Nullable Duration leftInRequest() {
		Instant deadline = this.current.get();
		return (deadline != null) ? Duration.between(this.clock.instant(), deadline) : null;
	}

	Instant fromNow() {
		return this.clock.instant().plus(this.timeout);
	}

	boolean hasPassed(Instant deadline) {
		return !this.clock.instant().isBefore(deadline);
	}

	/** Runs a data fetcher with the deadline known to what it calls on this thread. */
	@Nullable Object fetchBefore(Instant deadline, DataFetcher<?> fetcher, DataFetchingEnvironment env)
			throws Exception {
		Instant outer = this.current.get();
		this.current.set(deadline);
		try {
			return fetcher.get(env);
		}
		finally {
			if (outer != null) {
				this.current.set(outer);
			}
			else {
				this.current.remove();
			}
		}
	}

}
