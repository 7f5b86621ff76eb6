package uk.peel.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import uk.peel.platform.command.OfflineApplication;

/**
 * {@code peel import gazetteer FILE [--data-dir D]}: loads a postcode file (a national ONS Postcode Directory CSV,
 * or one in the shipped Trafford file's columns) without the web server. Prints each rejected row with its line
 * number and why, then the totals and the rate; exits 0 when every row was accepted, 1 when some were rejected,
 * 2 when the import could not run. Safe to run again: rows are upserted by postcode.
 */
public final class GazetteerImportCommand {

    static final String USAGE = "Usage: peel import gazetteer FILE [--data-dir D]";

    private GazetteerImportCommand() {
    }

    /** {@code args} as the jar got them: "import", "gazetteer", FILE, then options. */
    public static int run(Class<?> application, String[] args) {
        Path file = null;
        List<String> spring = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--data-dir=")) {
                spring.add("--peel.data-dir=" + arg.substring("--data-dir=".length()));
            } else if (arg.startsWith("--")) {
                spring.add(arg);
            } else if (file == null) {
                file = Path.of(arg);
            } else {
                System.err.println("peel import gazetteer: one file at a time: unexpected '" + arg + "'\n" + USAGE);
                return 2;
            }
        }
        if (file == null) {
            System.err.println("peel import gazetteer: name the postcode file to import\n" + USAGE);
            return 2;
        }
        if (!Files.isReadable(file)) {
            System.err.println("peel import gazetteer: cannot read " + file.toAbsolutePath());
            return 2;
        }
        // As command-line arguments, so they outrank application.yml: an import loads what it is given, nothing else
        // (OfflineApplication turns demo data off).
        spring.add("--peel.gazetteer.seed=false");
        ConfigurableApplicationContext context = OfflineApplication.start(application, spring);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            GazetteerImport importer = context.getBean(GazetteerImport.class);
            long started = System.nanoTime();
            GazetteerImport.Totals totals = importer.importFile(in, System.out::println);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (totals.problem() != null) {
                System.out.println("stopped: " + totals.problem());
            }
            long rows = totals.accepted() + totals.rejected();
            System.out.printf("Imported postcodes from %s: %d created, %d updated, %d unchanged, %d rejected, "
                            + "in %.1f s (%,.0f rows/s).%n", file.getFileName(), totals.created(), totals.updated(),
                    totals.unchanged(), totals.rejected(), seconds, rows / Math.max(seconds, 1e-9));
            SpringApplication.exit(context);
            return totals.rejected() == 0 && totals.problem() == null ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            System.err.println("peel import gazetteer failed: " + e.getMessage());
            SpringApplication.exit(context);
            return 2;
        }
    }
}
