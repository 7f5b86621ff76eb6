package uk.peel.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on a cluster after the Java process that started it was killed.
 *
 * <p>PostgreSQL writes its process id on the first line of {@code postmaster.pid}. If that process is alive and
 * is a postgres server, it is asked for a fast shutdown (SIGINT: roll back open transactions, checkpoint, exit),
 * which keeps every committed transaction. If the file is left over from a machine crash, it is only stale and
 * PostgreSQL itself handles it on start.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(StalePostmaster::isPostgres);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        log.warn("Found PostgreSQL (pid {}) still running on {} from a Peel that did not stop cleanly; shutting it down",
                process.pid(), cluster);
        signal(process, "INT");
        if (!awaitExit(process, SHUTDOWN_WAIT)) {
            log.warn("PostgreSQL (pid {}) did not stop within {}; forcing immediate shutdown", process.pid(), SHUTDOWN_WAIT);
            signal(process, "QUIT");
            awaitExit(process, SHUTDOWN_WAIT);
        }
        if (process.isAlive()) {
            throw new IllegalStateException("PostgreSQL (pid " + process.pid() + ") is still running on " + cluster
                    + " and would not stop; stop it by hand before starting Peel");
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/postgres") || command.endsWith("postgres"))
                .orElse(false);
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !process.isAlive();
            }
        }
        return !process.isAlive();
    }
}
