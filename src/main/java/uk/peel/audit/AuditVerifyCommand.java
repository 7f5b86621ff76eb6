package uk.peel.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.peel.platform.database.EmbeddedPostgresServer;

/**
 * {@code peel audit verify [--data-dir D]}: checks the s.62 log's hash chains offline and exits 0 when intact,
 * 1 naming the first bad entry when not, 2 when it could not check at all. Uses {@code PEEL_DB_URL} when set,
 * otherwise the embedded database in the data directory (which must not be in use by a running Peel).
 */
public final class AuditVerifyCommand {

    private AuditVerifyCommand() {
    }

    public static int run(String[] args) {
        quietLibraryLogging();
        try {
            AuditChainVerifier.Verification result = verify(dataDir(args));
            if (result.intact()) {
                System.out.printf("Audit chains intact: %d entries verified.%n", result.entriesChecked());
                if (result.unsealed() > 0) {
                    System.out.printf("%d entries of committed changes are not yet sealed into the chain: Peel seals them "
                            + "within a second while running, or when it next starts.%n", result.unsealed());
                }
                return 0;
            }
            System.out.printf("Audit chain BROKEN at entry %d: %s (%d entries before it verified).%n",
                    result.firstBadSeq(), result.problem(), result.entriesChecked());
            return 1;
        } catch (SQLException | RuntimeException e) {
            System.err.println("Could not verify the audit chain: " + e.getMessage());
            return 2;
        }
    }

    private static AuditChainVerifier.Verification verify(Path dataDir) throws SQLException {
        String url = System.getenv("PEEL_DB_URL");
        if (url != null && !url.isBlank()) {
            try (Connection connection = DriverManager.getConnection(url,
                    Objects.requireNonNullElse(System.getenv("PEEL_DB_USER"), ""),
                    Objects.requireNonNullElse(System.getenv("PEEL_DB_PASSWORD"), ""))) {
                return AuditChainVerifier.verify(connection);
            }
        }
        if (!Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))) {
            // Checking must never create anything: an empty new database would "verify" and hide a wrong path.
            throw new IllegalArgumentException("there is no Peel database in " + dataDir.toAbsolutePath()
                    + " (give the data directory Peel was started with, or set PEEL_DB_URL)");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
             Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "")) {
            return AuditChainVerifier.verify(connection);
        }
    }

    /** The command's output is its verdict; the embedded database's start-up chatter would bury it. */
    private static void quietLibraryLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static Path dataDir(String[] args) {
        String dir = Objects.requireNonNullElse(System.getenv("PEEL_DATA_DIR"), "./peel-data");
        for (int i = 2; i < args.length; i++) {
            if (args[i].startsWith("--peel.data-dir=")) {
                dir = args[i].substring("--peel.data-dir=".length());
            } else if (args[i].startsWith("--data-dir=")) {
                dir = args[i].substring("--data-dir=".length());
            } else if (args[i].equals("--data-dir") && i + 1 < args.length) {
                dir = args[++i];
            }
        }
        return Path.of(dir);
    }
}
