package uk.peel.bench;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code peel bench ...}: the command-line entry to the benchmarks, run by the jar before Spring starts. Exit
 * status 0 when the benchmark ran (whether or not a target was met: the figures are the result), 2 when it could
 * not run.
 */
public final class Benchmarks {

    static final String USAGE = """
            Usage: peel bench search-quality [--quick] [--data DIR] [--misses FILE]
              --quick        1,000 FEBRL queries instead of 5,000, at most 250 of each substituted set (under a minute)
              --data DIR     directory with dataset4a.csv, dataset4b.csv and lastname_uk_variant.csv (default data/febrl)
              --misses FILE  also write every query Peel did not rank first, with both records' scores, as TSV""";

    private Benchmarks() {
    }

    /** {@code args} as the jar got them: {@code bench search-quality [options]}. */
    public static int run(String[] args) {
        if (args.length < 2 || !args[1].equals("search-quality")) {
            System.err.println(args.length < 2 ? USAGE : "peel bench: unknown benchmark '" + args[1] + "'\n" + USAGE);
            return 2;
        }
        SearchQuality.Options options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            System.err.println("peel bench search-quality: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (!SearchQuality.dataPresent(options.data())) {
            System.err.println("peel bench search-quality: no FEBRL data in " + options.data().toAbsolutePath()
                    + " (run from the repository root, or give --data DIR)");
            return 2;
        }
        quietLibraryLogging();
        try {
            new SearchQuality(options, System.out).run();
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("peel bench search-quality failed: " + e);
            return 2;
        }
    }

    static SearchQuality.Options options(String[] args) {
        Path data = Path.of("data", "febrl");
        Path misses = null;
        boolean quick = false;
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.equals("--data") || arg.equals("--misses")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                Path value = Path.of(args[++i]);
                if (arg.equals("--data")) {
                    data = value;
                } else {
                    misses = value;
                }
            } else if (arg.startsWith("--data=")) {
                data = Path.of(arg.substring("--data=".length()));
            } else if (arg.startsWith("--misses=")) {
                misses = Path.of(arg.substring("--misses=".length()));
            } else {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
        }
        return new SearchQuality.Options(data, quick, misses);
    }

    /** The report is the output; the embedded database's start-up chatter would bury it. */
    private static void quietLibraryLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
