package uk.peel.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A benchmark's data directory: the one given with {@code --data-dir}, kept; otherwise a new temporary one, removed
 * when the benchmark ends unless {@code --keep} was given. Either way the run says where kept data is.
 */
final class BenchDirectory {

    /** What a benchmark does with its directory. */
    @FunctionalInterface
    interface Work<T> {
        T run(Path dataDir) throws IOException, InterruptedException, SQLException;
    }

    private BenchDirectory() {
    }

    /**
     * @param name   the benchmark, for the temporary directory's name
     * @param kept   what to say after the path when the directory is kept, or an empty string
     */
    static <T> T use(Path given, boolean keep, String name, PrintStream out, String kept, Work<T> work)
            throws IOException, InterruptedException, SQLException {
        Path dataDir = given != null ? given.toAbsolutePath()
                : Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "peel-bench-" + name + "-");
        boolean delete = given == null && !keep;
        try {
            return work.run(dataDir);
        } finally {
            if (delete) {
                deleteTree(dataDir);
            } else {
                out.println("Data directory kept: " + dataDir + (kept.isEmpty() ? "" : " " + kept));
            }
        }
    }

    static void deleteTree(Path root) {
        try {
            org.springframework.util.FileSystemUtils.deleteRecursively(root);
        } catch (IOException ignored) {
            // A temporary directory left behind is untidy, not wrong.
        }
    }
}
