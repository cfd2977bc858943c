package dev.storefront;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;

/**
 * A MariaDB server of a test's own: its own data directory (under {@code target/}) and port,
 * started from the machine's {@code mariadbd}, so a test can kill it and start it again without
 * touching the server every other test uses.
 */
public final class ScratchMariaDb {

    private static final List<String> DIRECTORIES =
            List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin", "/usr/local/mysql/bin");

    private final Path server;

    private final Path dataDirectory;

    private final Path socket;

    private final int port;

    private @Nullable Process process;

    private ScratchMariaDb(Path server, Path dataDirectory, Path socket, int port) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.socket = socket;
        this.port = port;
    }

    /** The machine's {@code mariadbd}, if it has one. */
    public static Optional<Path> serverBinary() {
        return find("mariadbd", "mysqld");
    }

    /** A fresh, empty server in {@code directory}, not yet started; root has no password. */
    public static ScratchMariaDb install(Path directory) throws IOException, InterruptedException {
        Path server = serverBinary().orElseThrow(() -> new IllegalStateException("No mariadbd on this machine"));
        Path installer = find("mariadb-install-db", "mysql_install_db")
                .orElseThrow(() -> new IllegalStateException("No mariadb-install-db on this machine"));
        FileSystemUtils.deleteRecursively(directory);
        Path data = Files.createDirectories(directory.toAbsolutePath().resolve("data"));
        List<String> command = new ArrayList<>(List.of(
                installer.toString(),
                "--no-defaults",
                "--datadir=" + data,
                "--auth-root-authentication-method=normal",
                "--skip-test-db"));
        command.addAll(asRoot());
        run(command, directory.resolve("install.log"));
        // A Unix socket path may hold ~100 characters: keep it short, out of target/.
        Path socket = Files.createTempDirectory("mariadb").resolve("mysqld.sock");
        return new ScratchMariaDb(server, data, socket, freePort());
    }

    /** Starts the server and waits until it takes connections. */
    public void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                this.server.toString(),
                "--no-defaults",
                "--datadir=" + this.dataDirectory,
                "--port=" + this.port,
                "--bind-address=127.0.0.1",
                "--socket=" + this.socket,
                "--pid-file=" + this.dataDirectory.resolve("mariadbd.pid"),
                "--log-error=" + this.dataDirectory.resolveSibling("error.log"),
                "--innodb-buffer-pool-size=32M",
                "--skip-log-bin",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci"));
        command.addAll(asRoot());
        this.process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        this.dataDirectory.resolveSibling("mariadbd.out").toFile())
                .start();
        for (int attempt = 0; attempt < 120; attempt++) {
            if (!this.process.isAlive()) {
                throw new IllegalStateException(
                        "mariadbd stopped at start; see " + this.dataDirectory.resolveSibling("error.log"));
            }
            if (answers()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("mariadbd did not take connections within 30 s");
    }

    /** Ends the server at once, as a crash or a pulled cable would: no clean shutdown. */
    public void kill() throws InterruptedException {
        if (this.process != null) {
            this.process.destroyForcibly();
            this.process.waitFor();
            this.process = null;
        }
    }

    public void createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(""), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    public String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + this.port + "/" + database;
    }

    private boolean answers() {
        try (Connection connection = DriverManager.getConnection(url("") + "?connectTimeout=1000", "root", "")) {
            return connection.isValid(1);
        } catch (SQLException ex) {
            return false;
        }
    }

    /** mariadbd refuses to run as root unless told to. */
    private static List<String> asRoot() {
        return "root".equals(System.getProperty("user.name")) ? List.of("--user=root") : List.of();
    }

    private static Optional<Path> find(String... names) {
        String path = System.getenv("PATH");
        Stream<String> directories = Stream.concat(
                (path != null) ? Stream.of(path.split(File.pathSeparator)) : Stream.empty(), DIRECTORIES.stream());
        List<String> candidates = directories.toList();
        for (String name : names) {
            for (String directory : candidates) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }
}
