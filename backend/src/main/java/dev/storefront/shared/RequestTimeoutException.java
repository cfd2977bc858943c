package dev.storefront.shared;

/**
 * The request's deadline passed before some work could start (see {@link RequestDeadline}).
 * Reported as a GraphQL error classified {@link StorefrontErrorType#TIMEOUT}.
 */
public class RequestTimeoutException extends RuntimeException {

    RequestTimeoutException() {
        super("The request's deadline has passed");
    }
}
