package dev.storefront.shared;

/**
 * A caller's mistake the schema can't express (both {@code id} and {@code slug}, a page size
 * over the limit, a forged cursor). Reported as a GraphQL error classified BAD_REQUEST, with
 * this exception's message, which must therefore be written for the caller.
 */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
