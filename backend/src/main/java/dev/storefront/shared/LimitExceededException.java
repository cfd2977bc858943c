package dev.storefront.shared;

import graphql.ErrorClassification;
import org.springframework.graphql.execution.ErrorType;

/**
 * A request that goes past one of the shop's limits (too many open subscriptions, too many ids).
 * Reported as a classified GraphQL error whose {@code extensions.code} names the limit, e.g.
 * {@code TOO_MANY_SUBSCRIPTIONS}, so a client can tell it from other refusals: BAD_REQUEST when
 * the caller asked for too much, UNAVAILABLE when the shop as a whole is full for now. The
 * message, written for the caller, names the property that sets the limit.
 */
public class LimitExceededException extends RuntimeException {

    private final String code;

    private final ErrorClassification classification;

    public LimitExceededException(String code, String message) {
        this(code, message, ErrorType.BAD_REQUEST);
    }

    private LimitExceededException(String code, String message, ErrorClassification classification) {
        super(message, null, false, false);
        this.code = code;
        this.classification = classification;
    }

    /** The shop (not this caller) is at its limit: the caller may try again later. */
    public static LimitExceededException full(String code, String message) {
        return new LimitExceededException(code, message, StorefrontErrorType.UNAVAILABLE);
    }

    public String code() {
        return this.code;
    }

    public ErrorClassification classification() {
        return this.classification;
    }
}
