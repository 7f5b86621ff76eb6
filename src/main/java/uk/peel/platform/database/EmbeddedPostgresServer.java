package uk.peel.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from binaries shipped in the jar, keeping its cluster in the data directory so
 * that records survive restarts. Used when no external database is configured.
 *
 * <p>The library's defaults suit throwaway test databases, not a system of record, so three are overridden:
 * durability is switched back on (an acknowledged write must survive a crash), the library's own JVM shutdown
 * hook is disabled (Spring closes the connection pool first, then this server), and a server left running by a
 * previous Peel that was killed is stopped before starting again.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "peel";

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock dataDirLock;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock dataDirLock) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.dataDirLock = dataDirLock;
    }

    /** Starts (initialising on first use) the cluster under {@code dataDir}, creating the {@value #DATABASE} database. */
    public static EmbeddedPostgresServer start(Path dataDir) {
        try {
            Path root = dataDir.toAbsolutePath().normalize();
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve("peel.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another Peel is already using the data directory " + root
                        + ". Stop it first, or start this one with a different --data-dir.");
            }
            Path cluster = root.resolve("postgres");
            // We hold the data-directory lock, so no live Peel owns a server here: any postmaster still running is
            // an orphan of a Peel that was killed, and must be shut down cleanly before the cluster is reused.
            StalePostmaster.stopIfRunning(cluster);
            Path binaries = root.resolve("runtime");
            Files.createDirectories(binaries);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, channel, lock);
            server.createDatabaseIfMissing();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            return null;
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the " + DATABASE + " database", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL cleanly", e);
        } finally {
            try {
                dataDirLock.release();
                lockChannel.close();
            } catch (IOException ignored) {
                // The lock goes with the process anyway; nothing is lost if releasing it early fails.
            }
        }
    }
}
