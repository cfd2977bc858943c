package dev.storefront.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 6: puts the emails stored before they were canonical into their canonical
 * form (they were trimmed and lower-cased already; NFC is new), so that exact comparison finds
 * them. Two accounts whose emails become one stop the migration: which one is the person's is
 * for an operator to decide. Spring Boot hands Flyway every {@link JavaMigration} bean.
 */
@Component
class CanonicalEmailsMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "canonical emails";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        migrate(context.getConnection());
    }

    /** Returns how many emails changed. */
    int migrate(Connection connection) throws SQLException {
        Map<Long, String> changed = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, email FROM customer");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String canonical = Emails.canonical(rows.getString(2));
                if (!canonical.equals(rows.getString(2))) {
                    changed.put(rows.getLong(1), canonical);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE customer SET email = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> account : changed.entrySet()) {
                update.setString(1, account.getValue());
                update.setLong(2, account.getKey());
                try {
                    update.executeUpdate();
                } catch (SQLIntegrityConstraintViolationException ex) {
                    throw new FlywayException(
                            "The email of customer " + account.getKey() + " is, in canonical form, "
                                    + "another account's email: decide which account keeps it, change the other's, and start again",
                            ex);
                }
            }
        }
        return changed.size();
    }
}
