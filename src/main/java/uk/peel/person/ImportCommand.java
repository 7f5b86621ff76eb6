package uk.peel.person;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.peel.platform.access.CurrentUser;
import uk.peel.platform.command.OfflineApplication;

/**
 * {@code peel import persons FILE [--source NAME] [--format csv|ndjson] [--data-dir D]}: loads a legacy system's
 * export into Peel without the web server, for a migration. Prints each rejected row with its line number and
 * why, then the totals; exits 0 when every row was accepted, 1 when some were rejected, 2 when the import could
 * not run. Audited in the operator's name ("cli:" and their login). Waits for the search index to take in what
 * was imported before it exits, so the people are searchable as soon as Peel starts.
 */
public final class ImportCommand {

    static final String USAGE = "Usage: peel import persons FILE [--source NAME] [--format csv|ndjson] [--data-dir D]";
    private static final Duration INDEX_WAIT = Duration.ofMinutes(30);

    private ImportCommand() {
    }

    record Options(Path file, String source, ImportFormat format, List<String> springArgs) {

        static Options parse(String[] args) {
            Path file = null;
            String source = null;
            ImportFormat format = null;
            List<String> spring = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--source=")) {
                    source = arg.substring("--source=".length());
                } else if (arg.startsWith("--format=")) {
                    String name = arg.substring("--format=".length()).toUpperCase(Locale.ROOT);
                    try {
                        format = ImportFormat.valueOf(name);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--format must be csv or ndjson, not '" + name.toLowerCase(Locale.ROOT) + "'");
                    }
                } else if (arg.startsWith("--")) {
                    spring.add(arg);
                } else if (file == null) {
                    file = Path.of(arg);
                } else {
                    throw new IllegalArgumentException("one file at a time: unexpected '" + arg + "'");
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("name the file to import");
            }
            if (format == null) {
                format = ImportFormat.ofFileName(file.getFileName().toString());
                if (format == null) {
                    throw new IllegalArgumentException("cannot tell the format of " + file.getFileName()
                            + " from its name: end it in .csv or .ndjson, or give --format");
                }
            }
            if (source == null) {
                source = "import " + file.getFileName();
            }
            return new Options(file, source, format, spring);
        }
    }

    public static int run(Class<?> application, String[] args) {
        if (args.length < 2 || !args[1].equals("persons")) {
            System.err.println("peel import: persons or gazetteer (see peel import gazetteer)\n" + USAGE);
            return 2;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("peel import persons: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (!Files.isReadable(options.file())) {
            System.err.println("peel import persons: cannot read " + options.file().toAbsolutePath());
            return 2;
        }
        List<String> spring = new ArrayList<>(options.springArgs().stream()
                .map(arg -> arg.startsWith("--data-dir=") ? "--peel.data-dir=" + arg.substring("--data-dir=".length()) : arg)
                .toList());
        // OfflineApplication turns demo data off: an import must never load it.
        ConfigurableApplicationContext context = OfflineApplication.start(application, spring);
        try {
            PersonImport importer = context.getBean(PersonImport.class);
            String operator = "cli:" + System.getProperty("user.name", "unknown");
            PersonImport.Totals totals;
            try (InputStream in = Files.newInputStream(options.file())) {
                totals = CurrentUser.actingAs(operator, () -> importer.importFile(in, options.format(), options.source(),
                        outcome -> {
                            if (outcome.kind() == ImportOutcome.Kind.REJECTED) {
                                System.out.println("line " + outcome.line() + ": " + String.join("; ", outcome.errors()));
                            }
                        }));
            }
            if (totals.problem() != null) {
                System.out.println("stopped: " + totals.problem());
            }
            System.out.printf("Imported from %s (source \"%s\"): %d created, %d updated, %d unchanged, %d rejected.%n",
                    options.file().getFileName(), options.source(), totals.created(), totals.updated(),
                    totals.unchanged(), totals.rejected());
            awaitIndexing(context.getBean(JdbcClient.class));
            SpringApplication.exit(context);
            return totals.rejected() == 0 && totals.problem() == null ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            System.err.println("peel import persons failed: " + e.getMessage());
            SpringApplication.exit(context);
            return 2;
        }
    }

    /** Waits until every event the import published has been handled (the search index has taken the people in). */
    private static void awaitIndexing(JdbcClient jdbc) {
        long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            long outstanding = jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class).single();
            if (outstanding == 0) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.out.println("The search index is still catching up; Peel finishes it when it next starts.");
    }
}
