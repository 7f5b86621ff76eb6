package uk.peel.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * {@code peel bench generate}: writes a synthetic population as Peel's NDJSON import (one person a line, with a
 * {@code sourceId} of {@code GEN-<line>} so that loading it twice creates nobody twice) and, beside it, the ground
 * truth of which records are the same person: one row per duplicate naming the line of its person's original record
 * and the slips that made it differ.
 */
final class PopulationGenerator {

    /** Generation settings; {@code names} is where the shared name lists are looked for. */
    record Options(long persons, Path out, long seed, double duplicates, Path names) {
        static final long DEFAULT_SEED = 20261124L;
        static final double DEFAULT_DUPLICATES = 0.1;
    }

    /** What was written. */
    record Written(long lines, long duplicates, Path population, Path truth, long bytes, double seconds) {
    }

    private final SyntheticPopulation population;

    PopulationGenerator(SyntheticPopulation population) {
        this.population = population;
    }

    static PopulationGenerator of(Options options) {
        return new PopulationGenerator(new SyntheticPopulation(NameLists.load(options.names()), options.seed(),
                options.persons(), options.duplicates()));
    }

    /** The ground-truth file that goes with a population file: {@code people.ndjson} → {@code people.duplicates.csv}. */
    static Path truthFile(Path population) {
        String name = population.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return population.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".duplicates.csv");
    }

    Written write(Path out) throws IOException {
        long started = System.nanoTime();
        Path absolute = out.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path truth = truthFile(absolute);
        long duplicates = 0;
        try (BufferedWriter lines = Files.newBufferedWriter(absolute, StandardCharsets.UTF_8);
             BufferedWriter same = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
            same.write("sourceId,sameAsSourceId,slips\n");
            StringBuilder json = new StringBuilder(1024);
            for (long n = 1; n <= population.size(); n++) {
                SyntheticPopulation.Line line = population.line(n);
                json.setLength(0);
                line.record().appendJson(json);
                json.append('\n');
                lines.append(json);
                if (line.isDuplicate()) {
                    duplicates++;
                    writeTruth(same, line);
                }
            }
        }
        return new Written(population.size(), duplicates, absolute, truth, Files.size(absolute),
                (System.nanoTime() - started) / 1e9);
    }

    private static void writeTruth(Writer out, SyntheticPopulation.Line line) throws IOException {
        out.write(SyntheticPopulation.sourceId(line.line()));
        out.write(',');
        out.write(SyntheticPopulation.sourceId(line.original()));
        out.write(',');
        out.write(line.slips().stream().map(slip -> slip.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining("+")));
        out.write('\n');
    }

    static void run(Options options, PrintStream report) throws IOException {
        PopulationGenerator generator = of(options);
        report.println("Generating " + options.persons() + " person records from the " + generator.population.names().description());
        Written written = generator.write(options.out());
        report.printf("Wrote %s (%,d MB) and the ground truth %s in %.1f s (%,.0f records/s)%n", written.population(),
                written.bytes() / 1_000_000, written.truth(), written.seconds(), written.lines() / written.seconds());
        report.printf("generate persons=%d duplicates=%d duplicate_rate=%.4f seed=%d seconds=%.1f records_per_s=%.0f bytes=%d%n",
                written.lines(), written.duplicates(), (double) written.duplicates() / written.lines(), options.seed(),
                written.seconds(), written.lines() / written.seconds(), written.bytes());
    }
}
