package dev.storefront;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.InfrastructureProxy;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The real MySQL-compatible server backend tests run against, found in this order: the
 * {@code TEST_DB_URL} environment variable; else a {@code mysql:8.4} container when a Docker
 * engine answers; else a MySQL or MariaDB server on 127.0.0.1:3306 (see {@link TestDatabaseSource}).
 * Each test context starts from a clean, freshly migrated schema.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    @Bean
    @ServiceConnection
    @Conditional(UsesContainer.class)
    MySQLContainer mysql() {
        return new MySQLContainer("mysql:8.4");
    }

    @Bean
    @Conditional(UsesServer.class)
    DynamicPropertyRegistrar testDatabaseServer() {
        TestDatabaseSource.Server server = TestDatabaseSource.server();
        return (registry) -> {
            registry.add("spring.datasource.url", server::url);
            registry.add("spring.datasource.username", server::username);
            registry.add("spring.datasource.password", server::password);
        };
    }

    /**
     * A second, empty scratch database beside the tests' own, on the same server, for tests that
     * run whole applications of their own (several instances sharing one database): the
     * arguments that point an application at it. Empty when the tests use a container.
     */
    public static Optional<List<String>> freshDatabaseBeside(String suffix) {
        TestDatabaseSource.Server server = TestDatabaseSource.server();
        if (server == null) {
            return Optional.empty();
        }
        String name = besideName(server, suffix);
        execute(
                server,
                "DROP DATABASE IF EXISTS " + name,
                "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String url = server.url().substring(0, server.url().lastIndexOf('/') + 1) + name;
        return Optional.of(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + server.username(),
                "--spring.datasource.password=" + server.password()));
    }

    /** Drops what {@link #freshDatabaseBeside} made. */
    public static void dropDatabaseBeside(String suffix) {
        TestDatabaseSource.Server server = TestDatabaseSource.server();
        if (server != null) {
            execute(server, "DROP DATABASE IF EXISTS " + besideName(server, suffix));
        }
    }

    private static String besideName(TestDatabaseSource.Server server, String suffix) {
        return server.url().substring(server.url().lastIndexOf('/') + 1).replaceAll("[?;].*", "") + "_" + suffix;
    }

    private static void execute(TestDatabaseSource.Server server, String... statements) {
        try (Connection connection = DriverManager.getConnection(server.url(), server.username(), server.password());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not prepare a scratch database beside the tests' own", ex);
        }
    }

    /** Every SQL statement the application sends, for tests that count them. */
    @Bean
    static SqlStatements sqlStatements() {
        return new SqlStatements();
    }

    /**
     * Tests' own SQL (setting rows up behind the API's back) commits at once: the pool hands out
     * connections with autocommit off, as the application writes only in transactions. Being the
     * only JdbcTemplate, it is also the application's (Boot then makes none; Spring Modulith's
     * event registry writes through it): inside a transaction it joins it, as the application's
     * would, since an {@link InfrastructureProxy} is looked up as the data source it wraps.
     */
    @Bean
    JdbcTemplate testJdbc(DataSource dataSource) {
        return new JdbcTemplate(new CommittingDataSource(dataSource));
    }

    private static final class CommittingDataSource extends DelegatingDataSource implements InfrastructureProxy {

        CommittingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            connection.setAutoCommit(true);
            return connection;
        }

        @Override
        public Object getWrappedObject() {
            return obtainTargetDataSource();
        }
    }

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return (flyway) -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    static final class UsesContainer implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestDatabaseSource.server() == null;
        }
    }

    static final class UsesServer implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestDatabaseSource.server() != null;
        }
    }
}
