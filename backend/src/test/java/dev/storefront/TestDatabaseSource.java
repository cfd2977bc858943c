package dev.storefront;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;

/**
 * Decides, once per test JVM, which database server the tests use. {@link #server()} is null
 * when a Testcontainers MySQL should be started instead.
 */
final class TestDatabaseSource {

    private static final String LOCAL_HOST = "127.0.0.1";

    private static final int LOCAL_PORT = 3306;

    private TestDatabaseSource() {}

    /** A server given by URL or found locally; null means "start a container". */
    static @Nullable Server server() {
        return Holder.CHOICE;
    }

    record Server(String url, String username, String password) {}

    private static final class Holder {

        // Decided once: the Docker probe and the local server set-up are not repeated per context.
        static final @Nullable Server CHOICE = choose();
    }

    private static @Nullable Server choose() {
        String user = env("TEST_DB_USER", "root");
        String password = env("TEST_DB_PASSWORD", "");
        String url = env("TEST_DB_URL", "");
        if (!url.isBlank()) {
            return new Server(url, user, password);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return null;
        }
        if (answers(LOCAL_HOST, LOCAL_PORT)) {
            return prepareLocalServer(env("TEST_DB_NAME", "storefront_test"), user, password);
        }
        throw new IllegalStateException("""
                The backend tests need a real MySQL-compatible database, and none was found. Provide one of:
                  1. TEST_DB_URL (with TEST_DB_USER and TEST_DB_PASSWORD) naming a scratch database the tests may \
                clean, e.g. TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/storefront_test;
                  2. a running Docker engine, so Testcontainers can start mysql:8.4;
                  3. a MySQL or MariaDB server on 127.0.0.1:3306 (user root with an empty password, or TEST_DB_USER and \
                TEST_DB_PASSWORD), where the tests create and use the database storefront_test (or TEST_DB_NAME).""");
    }

    private static Server prepareLocalServer(String database, String user, String password) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalStateException("TEST_DB_NAME may hold only letters, digits and underscores");
        }
        String serverUrl = "jdbc:mariadb://" + LOCAL_HOST + ":" + LOCAL_PORT + "/";
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            boolean mariaDb;
            try (ResultSet version = statement.executeQuery("SELECT VERSION()")) {
                version.next();
                mariaDb = version.getString(1).contains("MariaDB");
            }
            statement.execute(
                    "CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            // Each server with its own driver: connector-j takes MariaDB for MySQL 5.5.
            String scheme = mariaDb ? "jdbc:mariadb://" : "jdbc:mysql://";
            return new Server(scheme + LOCAL_HOST + ":" + LOCAL_PORT + "/" + database, user, password);
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "A database server answers on " + LOCAL_HOST + ":" + LOCAL_PORT
                            + " but the tests could not prepare the database " + database + " on it as " + user
                            + " (set TEST_DB_USER and TEST_DB_PASSWORD, or TEST_DB_URL): " + ex.getMessage(),
                    ex);
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException ex) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        return Objects.requireNonNullElse(System.getenv(name), fallback);
    }
}
