package dev.storefront;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backend tests run against a real MySQL-compatible server, never the embedded H2 default:
 * a bean that sets up the database before {@link TestDatabase} names the server (a servlet filter
 * reading the catalog, say) would silently run every test on H2.
 */
@StorefrontTest
class TestDatabaseTests {

    @Autowired
    DataSource dataSource;

    @Test
    void theTestsTalkToAMySqlCompatibleServer() throws SQLException {
        try (Connection connection = this.dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isIn("MariaDB", "MySQL");
        }
    }
}
