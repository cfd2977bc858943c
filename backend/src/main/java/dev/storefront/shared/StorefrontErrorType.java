package dev.storefront.shared;

import graphql.ErrorClassification;

/**
 * Error classifications beyond Spring for GraphQL's {@code ErrorType}, for failures that are
 * neither the caller's mistake nor a bug: the caller may simply try again later.
 */
public enum StorefrontErrorType implements ErrorClassification {

    /** The request passed its deadline; what it had not done by then was not done. */
    TIMEOUT,

    /** Something the shop depends on (the database, the search index) can't be reached now. */
    UNAVAILABLE
}
