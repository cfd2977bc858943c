package dev.storefront.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises the failures that mean "the database can't be reached right now" (no connection
 * within the pool's timeout, a connection that broke, a transaction that could not begin),
 * wherever they surface: in a resolver, in the session filter, or in the response's commit.
 */
final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    static final String MESSAGE = "The shop's database can't be reached right now; please try again shortly";

    private DatabaseUnavailable() {}

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || isConnectionState(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 ("connection exception"), or a connection that refused to roll back or
     * commit: when a statement breaks the connection, the pool closes it, and the rollback that
     * follows fails and replaces the statement's own exception.
     */
    private static boolean isConnectionState(Throwable failure) {
        if (failure instanceof SQLException sql) {
            return sql.getSQLState() != null && sql.getSQLState().startsWith("08");
        }
        return failure instanceof org.hibernate.TransactionException && failure.getCause() instanceof SQLException;
    }

    /** The HTTP answer when nothing of the request could run: 503, with a hint when to retry. */
    static HttpRefusal refusal() {
        HttpRefusal refusal = HttpRefusal.of(HttpStatus.SERVICE_UNAVAILABLE, StorefrontErrorType.UNAVAILABLE, MESSAGE);
        refusal.headers().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        return refusal;
    }
}
