package uk.peel.crime.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.peel.crime.CrimeFlag;
import uk.peel.platform.ForceTime;

/**
 * The return's two CSV files. The headers are a contract with whoever loads the files (documented in
 * docs/operations.md): add columns at the end, never rename or reorder them.
 */
public final class ReturnCsv {

    public static final List<String> CRIMES_HEADER = List.of("record_type", "crime_reference", "ho_offence_code", "offence",
            "count", "counted_month", "date_recorded", "committed_from", "committed_to", "domestic_abuse", "hate_race",
            "hate_religion", "hate_sexual_orientation", "hate_disability", "hate_transgender", "other_flags", "change_date",
            "change_reason_code", "change_reason", "previous_ho_offence_code", "local_authority_code", "local_authority_name",
            "community_safety_partnership");
    public static final List<String> SUMMARY_HEADER = List.of("ho_offence_code", "offence", "offence_category", "recorded",
            "reclassified_in", "reclassified_out", "cancelled", "earlier_month_adjustments", "net_change");

    private static final Set<CrimeFlag> OWN_COLUMNS = EnumSet.of(CrimeFlag.DOMESTIC_ABUSE, CrimeFlag.HATE_RACE,
            CrimeFlag.HATE_RELIGION, CrimeFlag.HATE_SEXUAL_ORIENTATION, CrimeFlag.HATE_DISABILITY, CrimeFlag.HATE_TRANSGENDER);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ReturnCsv() {
    }

    public static void writeCrimes(MonthlyReturn monthly, Writer out) {
        try (CSVPrinter csv = printer(out, CRIMES_HEADER)) {
            for (ReturnRow row : monthly.rows()) {
                Set<CrimeFlag> flags = row.flags();
                csv.printRecord(row.type().name(), row.crn(), row.code(), row.offence(), row.count(), row.countedMonth(),
                        date(row.recordedAt()), dateTime(row.committedFrom()), dateTime(row.committedTo()),
                        yes(flags, CrimeFlag.DOMESTIC_ABUSE), yes(flags, CrimeFlag.HATE_RACE), yes(flags, CrimeFlag.HATE_RELIGION),
                        yes(flags, CrimeFlag.HATE_SEXUAL_ORIENTATION), yes(flags, CrimeFlag.HATE_DISABILITY),
                        yes(flags, CrimeFlag.HATE_TRANSGENDER),
                        flags.stream().filter(f -> !OWN_COLUMNS.contains(f)).map(Enum::name).sorted().collect(Collectors.joining(";")),
                        date(row.changedAt()), row.reasonCode(), row.reason(), row.previousCode(), row.localAuthorityCode(),
                        row.localAuthorityName(), row.communitySafetyPartnership());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeSummary(MonthlyReturn monthly, Writer out) {
        try (CSVPrinter csv = printer(out, SUMMARY_HEADER)) {
            for (SummaryRow row : monthly.summary()) {
                csv.printRecord(row.code(), row.offence(), row.category(), row.recorded(), row.reclassifiedIn(),
                        row.reclassifiedOut(), row.cancelled(), row.earlierMonths(), row.net());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String crimesFileName(java.time.YearMonth month) {
        return "home-office-" + month + "-crimes.csv";
    }

    public static String summaryFileName(java.time.YearMonth month) {
        return "home-office-" + month + "-summary.csv";
    }

    private static CSVPrinter printer(Writer out, List<String> header) throws IOException {
        // RFC 4180 (CRLF line ends), as the Home Office Data Hub and spreadsheet tools expect.
        return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
    }

    private static String yes(Set<CrimeFlag> flags, CrimeFlag flag) {
        return flags.contains(flag) ? "Y" : "N";
    }

    private static String date(Instant at) {
        return at == null ? "" : LocalDateTime.ofInstant(at, ForceTime.ZONE).toLocalDate().toString();
    }

    private static String dateTime(Instant at) {
        return at == null ? "" : LocalDateTime.ofInstant(at, ForceTime.ZONE).format(DATE_TIME);
    }
}
