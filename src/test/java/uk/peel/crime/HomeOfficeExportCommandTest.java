package uk.peel.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes on the command line are named before Peel starts, with exit status 2. */
class HomeOfficeExportCommandTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void captureErrors() {
        original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(original);
    }

    private int run(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "export";
        args[1] = "home-office";
        System.arraycopy(options, 0, args, 2, options.length);
        // Object.class: were any of these to get as far as starting Peel, it would fail to, and the test with it.
        return HomeOfficeExportCommand.run(Object.class, args, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMonthThatIsNotAMonthIsNamed(@TempDir Path out) {
        assertThat(run("--month", "2026-13", "--out", out.toString())).isEqualTo(2);
        assertThat(errors()).contains("--month 2026-13: not a month, expected YYYY-MM (the month is 01 to 12)");

        err.reset();
        assertThat(run("--month=Oct 2026", "--out", out.toString())).isEqualTo(2);
        assertThat(errors()).contains("--month Oct 2026: not a month, expected YYYY-MM such as 2026-10");
    }

    @Test
    void aMonthNotYetBegunIsRefusedBeforePeelStarts(@TempDir Path out) {
        assertThat(run("--month", "2026-12", "--out", out.toString())).isEqualTo(2);
        assertThat(errors()).contains("--month 2026-12: has not begun yet (this month is 2026-11)");
    }

    @Test
    void aMissingMonthOrDirectoryIsNamed(@TempDir Path out) {
        assertThat(run("--out", out.toString())).isEqualTo(2);
        assertThat(errors()).contains("--month is needed");

        err.reset();
        assertThat(run("--month", "2026-10")).isEqualTo(2);
        assertThat(errors()).contains("--out is needed");
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsNamed(@TempDir Path out) throws Exception {
        Path file = Files.writeString(out.resolve("not-a-directory"), "x");

        assertThat(run("--month", "2026-10", "--out", file.toString())).isEqualTo(2);
        assertThat(errors()).contains("--out " + file + ": is a file, not a directory");
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsNamed(@TempDir Path out) throws Exception {
        // Beneath a file nobody can create a directory, not even root (who ignores permission bits).
        Path impossible = Files.writeString(out.resolve("a-file"), "x").resolve("returns");

        assertThat(run("--month", "2026-10", "--out", impossible.toString())).isEqualTo(2);
        assertThat(errors()).contains("--out " + impossible + ": cannot create the directory");
    }

    @Test
    void anUnknownArgumentIsNamed() {
        assertThat(run("--month", "2026-10", "--to", "x")).isEqualTo(2);
        assertThat(errors()).contains("unexpected argument '--to'").contains("Usage: peel export home-office");
    }
}
