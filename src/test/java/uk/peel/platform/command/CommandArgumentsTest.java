package uk.peel.platform.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader of the jar's command lines: both option forms, mistakes named by argument, checks before Peel starts. */
class CommandArgumentsTest {

    /** 23:30 UTC on 30 November: still November in London (GMT in winter), so December has not begun. */
    private final Clock lateNovember = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC);

    private static String[] command(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "export";
        args[1] = "police-uk";
        System.arraycopy(options, 0, args, 2, options.length);
        return args;
    }

    @Test
    void readsBothFormsAndPassesSpringOptionsOn() {
        CommandArguments given = CommandArguments.forPeel(
                command("--month", "2026-10", "--out=/tmp/x", "--data-dir", "/srv/peel", "--peel.police-uk.force=Kent Police"),
                2, "--month", "--out");

        assertThat(given.value("--month")).contains("2026-10");
        assertThat(given.value("--out")).contains("/tmp/x");
        assertThat(given.springArguments()).containsExactly("--peel.police-uk.force=Kent Police", "--peel.data-dir=/srv/peel");
    }

    @Test
    void refusesWhatItWasNotToldOfByName() {
        assertThatThrownBy(() -> CommandArguments.forPeel(command("--month", "2026-10", "--to", "x"), 2, "--month"))
                .isInstanceOf(BadUsageException.class).hasMessage("unexpected argument '--to'");
        assertThatThrownBy(() -> CommandArguments.read(command("--quick=yes"), 2, List.of(), List.of("--quick"), false))
                .hasMessage("unexpected argument '--quick=yes'");
        assertThatThrownBy(() -> CommandArguments.read(command("--peel.x=1"), 2, List.of(), List.of(), false))
                .as("without passing on, a Spring option is a mistake too").hasMessage("unexpected argument '--peel.x=1'");
    }

    @Test
    void anOptionWithoutItsValueOrGivenTwiceIsNamed() {
        assertThatThrownBy(() -> CommandArguments.forPeel(command("--month", "--out", "x"), 2, "--month", "--out"))
                .hasMessage("--month needs a value");
        assertThatThrownBy(() -> CommandArguments.forPeel(command("--out="), 2, "--out")).hasMessage("--out needs a value");
        assertThatThrownBy(() -> CommandArguments.forPeel(command("--month=2026-09", "--month", "2026-10"), 2, "--month"))
                .hasMessage("--month is given twice");
    }

    @Test
    void aMonthIsARealMonthAlreadyBegunInTheForce() {
        assertThat(CommandArguments.forPeel(command("--month", "2026-11"), 2, "--month").month("--month", lateNovember))
                .isEqualTo(YearMonth.of(2026, 11));
        assertThatThrownBy(() -> CommandArguments.forPeel(command("--month", "2027-13"), 2, "--month").month("--month", lateNovember))
                .hasMessage("--month 2027-13: not a month, expected YYYY-MM (the month is 01 to 12)");
        assertThatThrownBy(() -> CommandArguments.forPeel(command("--month", "11/2026"), 2, "--month").month("--month", lateNovember))
                .hasMessage("--month 11/2026: not a month, expected YYYY-MM such as 2026-10");
        assertThatThrownBy(() -> CommandArguments.forPeel(command("--month", "2026-12"), 2, "--month").month("--month", lateNovember))
                .hasMessage("--month 2026-12: has not begun yet (this month is 2026-11)");
        assertThatThrownBy(() -> CommandArguments.forPeel(command(), 2, "--month").month("--month", lateNovember))
                .hasMessage("--month is needed: the month, as YYYY-MM");
    }

    @Test
    void anOutputDirectoryIsMadeOrItsProblemNamed(@TempDir Path temp) throws Exception {
        Path made = CommandArguments.forPeel(command("--out", temp.resolve("returns/2026").toString()), 2, "--out")
                .writableDirectory("--out", "where to write");
        assertThat(made).isDirectory();

        Path file = Files.writeString(temp.resolve("a-file"), "x");
        assertThatThrownBy(() -> CommandArguments.forPeel(command("--out", file.toString()), 2, "--out").writableDirectory("--out", "where"))
                .hasMessage("--out " + file + ": is a file, not a directory");
        Path beneathAFile = file.resolve("returns");
        assertThatThrownBy(() -> CommandArguments.forPeel(command("--out", beneathAFile.toString()), 2, "--out").writableDirectory("--out", "where"))
                .hasMessageStartingWith("--out " + beneathAFile + ": cannot create the directory");
    }

    @Test
    void offlineCommandsLogWarningsOnlyAndToStandardError() throws Exception {
        assertThat(OfflineApplication.settings(List.of("--peel.data-dir=/srv/peel")))
                .startsWith("--peel.data-dir=/srv/peel").contains("--peel.demo.enabled=false", "--logging.config=" + OfflineApplication.LOGGING)
                .as("each once: Spring reads a property given twice as a list, which is no boolean").doesNotHaveDuplicates();
        String configuration = new String(getClass().getResourceAsStream("/uk/peel/platform/command/offline-logback.xml").readAllBytes());
        assertThat(configuration).contains("<target>System.err</target>").contains("<root level=\"WARN\">")
                .doesNotContain("System.out");
    }
}
