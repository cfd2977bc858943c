package dev.storefront.shared;

import java.sql.SQLTimeoutException;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.hibernate.search.util.common.SearchTimeoutException;
import org.springframework.transaction.TransactionTimedOutException;

/** What a request that ran out of time is told, and which failures mean that it did. */
final class RequestTimeouts {

    private RequestTimeouts() {}

    /** A TIMEOUT error for the field, saying which limit it hit; nothing about the work itself. */
    static GraphQLError error(DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(StorefrontErrorType.TIMEOUT)
                .message("The request ran past its deadline (storefront.graphql.request-timeout), so this field was not"
                        + " resolved. Ask for less, or try again")
                .build();
    }

    /**
     * True for a timeout anywhere in the causes: the deadline found passed, an index query's
     * {@code failAfter}, a statement cancelled by its query timeout, a transaction past its own.
     */
    static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
            if (cause instanceof RequestTimeoutException
                    || cause instanceof SearchTimeoutException
                    || cause instanceof SQLTimeoutException
                    || cause instanceof jakarta.persistence.QueryTimeoutException
                    || cause instanceof org.springframework.dao.QueryTimeoutException
                    || cause instanceof TransactionTimedOutException
                    || isHibernateTransactionTimeout(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Hibernate's own check before a statement, when its transaction's time is up. */
    private static boolean isHibernateTransactionTimeout(Throwable failure) {
        return failure instanceof org.hibernate.TransactionException
                && "Transaction timeout expired".equals(failure.getMessage());
    }
}
