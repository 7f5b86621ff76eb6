package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import uk.peel.PeelApplication;
import uk.peel.support.PeelProcess;

/**
 * The crime-year bench run as the year would be: on parallel workers, and in segments with a crash between.
 * A short year run once on two workers is the reference; the same year is then started in a separate process,
 * killed with SIGKILL (Peel and its PostgreSQL) part-way through, resumed in this one from its checkpoint — so every
 * step since the checkpoint runs a second time — and must end with the same totals and nothing unexplained.
 */
class CrimeYearRunIT {

    private static final long INCIDENTS = 600;

    @Test
    void aYearKilledPartWayAndResumedEndsAsTheSameYearRunInOneGo() throws Exception {
        Map<String, String> once = summary(run(options(PeelProcess.newDataDirectory(), 2, null, false), new ByteArrayOutputStream()));
        assertThat(once.get("unexplained")).isEqualTo("0");
        assertThat(once.get("segments")).isEqualTo("1");
        assertThat(Long.parseLong(once.get("crimes"))).as("a short year still records crimes").isPositive();

        Path dataDir = PeelProcess.newDataDirectory();
        killPartWay(dataDir);
        assertThat(dataDir.resolve(CrimeYearCheckpoint.FILE)).exists();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Map<String, String> resumed = summary(run(options(dataDir, 3, null, true), log));

        assertThat(log.toString(StandardCharsets.UTF_8)).as("calls run again found their incidents")
                .contains("the database holds " + INCIDENTS + " incidents");
        assertThat(resumed.get("unexplained")).isEqualTo("0");
        assertThat(resumed.get("segments")).isEqualTo("2");
        for (String total : List.of("incidents", "crime_related", "decisions", "recorded", "not_a_crime", "crimes",
                "reclassified", "cancelled", "refused", "late", "exceptions")) {
            assertThat(resumed.get(total)).as(total).isEqualTo(once.get(total));
        }
        assertThat(dataDir.resolve(CrimeYearCheckpoint.FILE)).as("a finished year is not resumable").doesNotExist();
    }

    private static CrimeYear.Options options(Path dataDir, int workers, Duration runFor, boolean resume) {
        CrimeYear.Options d = CrimeYear.defaults(false);
        return new CrimeYear.Options(false, INCIDENTS, d.crimeShare(), d.year(), d.seed(), dataDir, false, 0, workers,
                d.window(), runFor, resume);
    }

    private static String run(CrimeYear.Options options, ByteArrayOutputStream log) throws Exception {
        String line = new CrimeYear(options, new PrintStream(log, true, StandardCharsets.UTF_8)).run(PeelApplication.class);
        System.out.print(log.toString(StandardCharsets.UTF_8));
        System.out.println(line);
        return line;
    }

    /** Starts the year in its own process and kills it, with its database, once it is a fifth of the way through. */
    private static void killPartWay(Path dataDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), PeelApplication.class.getName(),
                "bench", "crime-year", "--incidents", Long.toString(INCIDENTS), "--workers", "2", "--data-dir", dataDir.toString()));
        Path output = Files.createTempFile("crime-year-killed", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (Files.readString(output).split("incidents, ", -1).length - 1 < 2) {
                assertThat(process.isAlive()).as("the run to be killed ended early:\n" + Files.readString(output)).isTrue();
                assertThat(System.nanoTime()).as("the run to be killed never got a fifth of the way").isLessThan(giveUp);
                Thread.sleep(100);
            }
        } finally {
            PeelServer.killWithItsDatabase(process, dataDir);
        }
        System.out.println("killed part-way:\n" + Files.readString(output));
    }

    /** The summary line's fields by name. */
    private static Map<String, String> summary(String line) {
        assertThat(line).startsWith("crime-year incidents=");
        Map<String, String> fields = new TreeMap<>();
        for (String field : line.substring("crime-year ".length()).split(" ")) {
            int equals = field.indexOf('=');
            fields.put(field.substring(0, equals), field.substring(equals + 1));
        }
        return fields;
    }
}
