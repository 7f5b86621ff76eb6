package uk.peel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * Where a crime-year run stopped, between two windows with everything before it committed: enough to go on with the
 * same year in a later process ({@code --resume}). Kept as JSON in the data directory beside the database it
 * describes, written to a temporary file and moved over the old one, so a crash while writing leaves the previous
 * checkpoint whole. No random state is kept: every step draws from a source seeded by its incident's number
 * ({@link CrimeYearPlan#forStep}).
 *
 * @param incidents   the run's options, which a resume must repeat (the plan of the year depends on them)
 * @param nextCall    the number of the next call still to come
 * @param nextSweep   epoch second of the next daily sweep
 * @param clock       the simulated clock, epoch second
 * @param runSeconds  simulation time of all segments so far, start-up and reconciliation excluded
 * @param segments    segments run so far
 * @param steps       the steps in flight: scheduled and not yet run
 */
record CrimeYearCheckpoint(long incidents, long seed, int year, double crimeShare, long bulk,
                           long nextCall, long nextSweep, long clock, double runSeconds, int segments,
                           Counts counts, List<UUID> people, List<Pending> steps) {

    static final String FILE = "crime-year-checkpoint.json";

    /** What the summary line counts, as far as the run has gone. */
    record Counts(long crimeRelated, long recordedDecisions, long notCrimes, long crimes, long reclassified,
                  long cancelled, long refused) {
    }

    /**
     * One scheduled step. {@code kind} is CLOSE, DECIDE or CHANGE (calls are never in flight: they are generated as
     * time reaches them from {@code nextCall}); the other fields are those the kind needs.
     */
    record Pending(String kind, long at, long number, UUID incident, String category, UUID crime, String classification,
                   String what, int index) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Optional<CrimeYearCheckpoint> read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), CrimeYearCheckpoint.class));
        } catch (RuntimeException e) {
            throw new IOException("cannot read the crime-year checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    void write(Path dataDir) throws IOException {
        uk.peel.platform.FileReplacement.replace(dataDir.resolve(FILE), JSON.writeValueAsBytes(this));
    }


    static void remove(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(FILE));
    }

    /** Why a resume with these options would not continue the same year, or empty when it would. */
    Optional<String> mismatch(CrimeYear.Options options) {
        if (options.incidents() != incidents) {
            return Optional.of("--incidents " + options.incidents() + " but the checkpoint's run has " + incidents);
        }
        if (options.seed() != seed) {
            return Optional.of("--seed " + options.seed() + " but the checkpoint's run has " + seed);
        }
        if (options.year() != year) {
            return Optional.of("--year " + options.year() + " but the checkpoint's run has " + year);
        }
        if (options.crimeShare() != crimeShare) {
            return Optional.of("--crime-share " + options.crimeShare() + " but the checkpoint's run has " + crimeShare);
        }
        if (options.bulk() != bulk) {
            return Optional.of("--bulk " + options.bulk() + " but the checkpoint's run has " + bulk);
        }
        return Optional.empty();
    }
}
