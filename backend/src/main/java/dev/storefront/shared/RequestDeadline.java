package dev.storefront.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The deadline of the GraphQL request being served ({@code storefront.graphql.request-timeout}),
 * for work that takes a timeout of its own: an index query or a transaction gets what is left of
 * the request's time. The deadline is kept with the HTTP request, so whatever runs for it (a
 * field's controller method, a batch load) knows it, and it ends with the request; outside a
 * request (startup, scheduled jobs) the whole timeout applies.
 */
public class RequestDeadline {

    private static final String ATTRIBUTE = RequestDeadline.class.getName();

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

    /**
     * A transaction's timeout in whole seconds: its own ({@code ownSeconds}, or
     * {@link TransactionDefinition#TIMEOUT_DEFAULT} for none) or, during a request, the request's
     * time left rounded up, whichever ends first; at least 1 second once the request has begun.
     */
    public int transactionTimeout(int ownSeconds) {
        Duration left = leftInRequest();
        if (left == null) {
            return ownSeconds;
        }
        int leftSeconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (left.toMillis() + 999) / 1000));
        return (ownSeconds == TransactionDefinition.TIMEOUT_DEFAULT) ? leftSeconds : Math.min(ownSeconds, leftSeconds);
    }

    /** What is left of the current request's time (zero or less past it); null outside a request. */
    @Nullable
    Duration leftInRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object deadline = (request != null) ? request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) : null;
        return (deadline instanceof Instant at) ? Duration.between(this.clock.instant(), at) : null;
    }

    /** Starts the current request's time; the deadline it returns holds even where no request is known. */
    Instant start() {
        Instant deadline = this.clock.instant().plus(this.timeout);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, deadline, RequestAttributes.SCOPE_REQUEST);
        }
        return deadline;
    }

    boolean hasPassed(Instant deadline) {
        return !this.clock.instant().isBefore(deadline);
    }
}
