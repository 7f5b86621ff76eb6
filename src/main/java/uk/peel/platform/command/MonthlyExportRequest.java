package uk.peel.platform.command;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * What a monthly export command is asked for ({@code --month YYYY-MM --out DIR [--data-dir D]}): both the Home
 * Office return and the data.police.uk files take exactly these, checked the same way before Peel starts.
 */
public record MonthlyExportRequest(YearMonth month, Path directory, List<String> springArguments) {

    /** Reads and checks {@code args} (the command's two words first); throws {@link BadUsageException} naming the argument. */
    public static MonthlyExportRequest read(String[] args, Clock clock) {
        CommandArguments given = CommandArguments.forPeel(args, 2, "--month", "--out");
        YearMonth month = given.month("--month", clock);
        Path directory = given.writableDirectory("--out", "the directory to write the two files into");
        return new MonthlyExportRequest(month, directory, given.springArguments());
    }
}
