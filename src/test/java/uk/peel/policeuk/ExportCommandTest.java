package uk.peel.policeuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A future month or an unusable --out is refused before Peel starts (it used to be found only after Spring had
 * started): Object.class as the application would fail to start, so a 2 with the message proves it never got there.
 */
class ExportCommandTest {

    private final Clock november = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private String refusal(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "export";
        args[1] = "police-uk";
        System.arraycopy(options, 0, args, 2, options.length);
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(ExportCommand.run(Object.class, args, november)).isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badArgumentsAreNamedBeforePeelStarts(@TempDir Path temp) throws Exception {
        String out = temp.toString();
        assertThat(refusal("--month", "2027-13", "--out", out)).contains("--month 2027-13: not a month, expected YYYY-MM")
                .contains(ExportCommand.USAGE).doesNotContain("could not start");
        assertThat(refusal("--month", "2026-12", "--out", out)).contains("--month 2026-12: has not begun yet");
        assertThat(refusal("--out", out)).contains("--month is needed");
        assertThat(refusal("--month", "2026-10")).contains("--out is needed");
        Path file = Files.writeString(temp.resolve("file"), "x");
        assertThat(refusal("--month", "2026-10", "--out", file.toString())).contains("--out " + file + ": is a file, not a directory");
        assertThat(refusal("--month", "2026-10", "--out", out, "--force", "Kent")).contains("unexpected argument '--force'");
    }
}
