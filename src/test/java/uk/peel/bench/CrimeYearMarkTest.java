package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crime year's high-water mark, which a run killed at any moment must leave readable or safely unreadable. */
class CrimeYearMarkTest {

    @TempDir
    Path dir;

    @Test
    void aMarkIsReplacedWholeSoNoHalfWrittenFileIsLeftBehind() throws Exception {
        Path mark = dir.resolve(CrimeYear.REACHED_FILE);
        uk.peel.platform.FileReplacement.replace(mark, "1740902445".getBytes(StandardCharsets.US_ASCII));
        uk.peel.platform.FileReplacement.replace(mark, "1740906045".getBytes(StandardCharsets.US_ASCII));

        assertThat(CrimeYear.readReached(mark, new PrintStream(new ByteArrayOutputStream()))).isEqualTo(Instant.ofEpochSecond(1740906045));
        assertThat(dir.resolve(CrimeYear.REACHED_FILE + ".tmp")).doesNotExist();
    }

    @Test
    void noMarkMeansNothingWasDoneBeyondTheCheckpoint() throws Exception {
        assertThat(CrimeYear.readReached(dir.resolve(CrimeYear.REACHED_FILE), new PrintStream(new ByteArrayOutputStream()))).isNull();
    }

    @Test
    void aMarkLeftEmptyByAnOlderRunKilledWhileWritingItMakesEveryStepLookFirstAndSaysSo() throws Exception {
        Path mark = Files.writeString(dir.resolve(CrimeYear.REACHED_FILE), "");
        ByteArrayOutputStream said = new ByteArrayOutputStream();

        assertThat(CrimeYear.readReached(mark, new PrintStream(said, true, StandardCharsets.UTF_8))).isEqualTo(Instant.MAX);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("not a time").contains("looks for its own work first");
    }
}
