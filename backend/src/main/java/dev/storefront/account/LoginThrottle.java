package dev.storefront.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts sign-in attempts per canonical email and per client address in the database, where
 * every instance sees them, and refuses further attempts for a while once either passes its
 * limit. An attempt is counted before its password is checked, under the row's lock, so a
 * burst of parallel guesses gets no more checks than one guess after another. A success clears
 * the email's count and gives the client its attempt back. Keys are stored as SHA-256 hashes, so
 * the table holds neither emails nor addresses; a row lives as long as its window, and a
 * refused attempt writes nothing, so one client adds at most its limit of rows per window.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    // Concurrent first attempts for one key can deadlock in InnoDB's insert locks: try again.
    private static final int LOCK_TRIES = 3;

    private static final String COUNT = """
            INSERT INTO login_throttle (throttle_key, attempts, expires_at) VALUES (?, 1, ?)
            ON DUPLICATE KEY UPDATE
              attempts = CASE WHEN expires_at <= ? THEN 1 ELSE attempts + 1 END,
              expires_at = CASE WHEN expires_at <= ? THEN ? ELSE expires_at END""";

    private final AccountProperties.LoginThrottle settings;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transactions;

    private final Clock clock;

    LoginThrottle(
            AccountProperties properties,
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.settings = properties.loginThrottle();
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        // Its own transaction: a refusal rolls back only the throttle's rows, and commits at once.
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Counts one attempt for the email and the client, before its password is checked. False,
     * counting nothing, when either has no attempt left in its window.
     */
    boolean tryReserve(String email, String client) {
        String emailKey = key("email", email);
        String clientKey = key("client", client);
        for (int tries = 1; ; tries++) {
            try {
                return Boolean.TRUE.equals(this.transactions.execute((status) -> reserve(status, emailKey, clientKey)));
            } catch (PessimisticLockingFailureException ex) {
                if (tries == LOCK_TRIES) {
                    log.warn("Refused a sign-in: the throttle's rows stayed locked ({})", ex.getMessage());
                    return false;
                }
            }
        }
    }

    /** A sign-in succeeded: the email's count is cleared and the client's attempt given back. */
    void succeeded(String email, String client) {
        try {
            this.transactions.executeWithoutResult((status) -> {
                this.jdbc.update("DELETE FROM login_throttle WHERE throttle_key = ?", key("email", email));
                this.jdbc.update(
                        "UPDATE login_throttle SET attempts = attempts - 1 WHERE throttle_key = ? AND attempts > 0",
                        key("client", client));
            });
        } catch (DataAccessException ex) {
            // The sign-in stands; the counts only stay higher until their window ends.
            log.warn("Could not clear the sign-in throttle's counts after a success ({})", ex.getMessage());
        }
    }

    /** Deletes the rows whose window has ended; returns how many. */
    @Scheduled(cron = "${storefront.login-throttle.cleanup-cron:0 */5 * * * *}")
    public int deleteExpired() {
        Integer deleted = this.transactions.execute(
                (status) -> this.jdbc.update("DELETE FROM login_throttle WHERE expires_at <= ?", this.clock.millis()));
        return (deleted != null) ? deleted : 0;
    }

    private boolean reserve(TransactionStatus status, String emailKey, String clientKey) {
        long now = this.clock.millis();
        long expiresAt = now + this.settings.window().toMillis();
        // Always the email's row first, then the client's: no two attempts wait on each other in a circle.
        this.jdbc.update(COUNT, emailKey, expiresAt, now, now, expiresAt);
        this.jdbc.update(COUNT, clientKey, expiresAt, now, now, expiresAt);
        Map<String, Integer> attempts = new HashMap<>();
        this.jdbc.query(
                "SELECT throttle_key, attempts FROM login_throttle WHERE throttle_key IN (?, ?)",
                (row) -> {
                    attempts.put(row.getString(1), row.getInt(2));
                },
                emailKey,
                clientKey);
        if (attempts.getOrDefault(emailKey, 0) > this.settings.maxFailuresPerEmail()
                || attempts.getOrDefault(clientKey, 0) > this.settings.maxFailuresPerClient()) {
            status.setRollbackOnly();
            return false;
        }
        return true;
    }

    private static String key(String kind, String value) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }
}
