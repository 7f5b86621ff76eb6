package uk.peel.crime.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import uk.peel.audit.AuditLog;
import uk.peel.crime.CancellationReason;
import uk.peel.crime.Crime;
import uk.peel.crime.NotifiableOffences;
import uk.peel.crime.Offence;
import uk.peel.crime.ReclassificationReason;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.ForceTime;
import uk.peel.platform.InvalidInputException;

/**
 * Produces the Home Office monthly recorded-crime return from the crimes' versions. A crime counts in the month it
 * was recorded, under the code it was recorded as; a reclassification or cancellation approved in a later month is
 * reported in that month as an adjustment of the month the crime was counted in (decision 0013), so a return once
 * sent never has to be sent again differently. Every extract of the record-level file is an audited disclosure.
 */
@Service
public class HomeOfficeReturns {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final NotifiableOffences offences;
    private final ReturnAreas areas;
    private final ReturnSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    HomeOfficeReturns(JdbcClient jdbc, JsonMapper json, NotifiableOffences offences, ReturnAreas areas, ReturnSettings settings,
                      AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.offences = offences;
        this.areas = areas;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** "2026-10" as a month that has begun, or the problem in words naming {@code field}. */
    public YearMonth month(String text, String field) {
        YearMonth month;
        try {
            month = parseMonth(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldProblem(field, e.getMessage())));
        }
        YearMonth now = YearMonth.from(clock.instant().atZone(ForceTime.ZONE));
        if (month.isAfter(now)) {
            throw new InvalidInputException(List.of(new FieldProblem(field, month + " has not begun yet (this month is " + now + ")")));
        }
        return month;
    }

    /** Parses YYYY-MM, saying what is wrong with anything else. */
    public static YearMonth parseMonth(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Give the month as YYYY-MM, such as 2026-10");
        }
        String trimmed = text.strip();
        if (!trimmed.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a month: give it as YYYY-MM, such as 2026-10");
        }
        int monthOfYear = Integer.parseInt(trimmed.substring(5));
        if (monthOfYear < 1 || monthOfYear > 12) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a month: the month must be 01 to 12");
        }
        return YearMonth.parse(trimmed);
    }

    /** The month's return, not disclosed: only the summary of counts may be shown from it without an audit entry. */
    @Transactional(readOnly = true)
    public MonthlyReturn produce(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(ForceTime.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ForceTime.ZONE).toInstant();
        Instant now = clock.instant();
        List<ReturnRow> rows = new ArrayList<>();
        ReturnAreas.Lookup places = areas.lookup();
        jdbc.sql("""
                        select c.crn, c.recorded_at, v1.classification,
                               coalesce((select s.document from crime_version s where s.crime_id = c.id and s.at < :to
                                          order by s.version desc limit 1), v1.document) as document
                          from crime c join crime_version v1 on v1.crime_id = c.id and v1.version = 1
                         where c.recorded_at >= :from and c.recorded_at < :to
                         order by c.recorded_at, c.crn""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((ResultSet rs) -> {
                    Crime asAtMonthEnd = json.readValue(rs.getString("document"), Crime.class);
                    rows.add(row(places, ReturnRow.Type.RECORDED, asAtMonthEnd, rs.getString("classification"), +1,
                            instant(rs, "recorded_at"), null, null, null, null));
                });
        jdbc.sql("""
                        select c.crn, c.recorded_at, v.at, v.classification, v.status, p.classification as previous_classification,
                               p.status as previous_status, v.document, r.kind, r.reason
                          from crime_version v
                          join crime_version p on p.crime_id = v.crime_id and p.version = v.version - 1
                          join crime c on c.id = v.crime_id
                          left join crime_change_request r on r.crime_id = v.crime_id and r.status = 'APPROVED' and r.decided_at = v.at
                         where v.version > 1 and v.at >= :from and v.at < :to
                           and (v.classification <> p.classification or v.status <> p.status)
                         order by v.at, c.crn, v.version""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((ResultSet rs) -> changeRows(rs, places, rows::add));
        return new MonthlyReturn(month, now, !to.isAfter(now), rows, summarise(month, rows));
    }

    /** The month's record-level return for someone to see or download: an audited disclosure to the Home Office. */
    @Transactional
    public MonthlyReturn disclose(YearMonth month, String how) {
        MonthlyReturn monthly = produce(month);
        recordDisclosure(monthly, how);
        return monthly;
    }

    /**
     * Writes the month's two files into {@code directory} and records the disclosure. Each file is written beside
     * its final name and moved into place, so a reader never sees half a file; if the audit entry cannot be
     * committed the files are removed again, so no extract exists without its entry.
     *
     * @return the return, with the crimes file and the summary file written
     */
    @Transactional
    public Written writeTo(YearMonth month, Path directory) {
        MonthlyReturn monthly = produce(month);
        Path crimes = directory.resolve(ReturnCsv.crimesFileName(month));
        Path summary = directory.resolve(ReturnCsv.summaryFileName(month));
        write(crimes, out -> ReturnCsv.writeCrimes(monthly, out));
        write(summary, out -> ReturnCsv.writeSummary(monthly, out));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(crimes);
                        Files.deleteIfExists(summary);
                    } catch (IOException ignored) {
                        // the caller is told the export failed; a stray file is named in that message's path
                    }
                }
            }
        });
        recordDisclosure(monthly, "written to " + directory.toAbsolutePath());
        return new Written(monthly, crimes, summary);
    }

    /** A return written to files. */
    public record Written(MonthlyReturn monthly, Path crimes, Path summary) {
    }

    private void recordDisclosure(MonthlyReturn monthly, String how) {
        List<String> crns = monthly.rows().stream().map(ReturnRow::crn).distinct().toList();
        audit.record(AuditLog.Access.disclosure("crime", crns, settings.recipient(), monthly.describe() + "; " + how));
    }

    private static void write(Path file, Consumer<Writer> content) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial-" + UUID.randomUUID());
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                content.accept(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // reported below
            }
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void changeRows(ResultSet rs, ReturnAreas.Lookup places, Consumer<ReturnRow> out) throws SQLException {
        Crime crime = json.readValue(rs.getString("document"), Crime.class);
        Instant at = instant(rs, "at");
        Instant recordedAt = instant(rs, "recorded_at");
        String kind = rs.getString("kind");
        String reason = rs.getString("reason");
        String previous = rs.getString("previous_classification");
        if (!"CANCELLED".equals(rs.getString("previous_status")) && "CANCELLED".equals(rs.getString("status"))) {
            out.accept(row(places, ReturnRow.Type.CANCELLED, crime, previous, -1, recordedAt, at,
                    "CANCELLATION".equals(kind) ? cancellationCode(reason) : null,
                    "CANCELLATION".equals(kind) ? CancellationReason.valueOf(reason).label() : "no approved request found", null));
            return;
        }
        String classification = rs.getString("classification");
        if (!classification.equals(previous)) {
            String label = "RECLASSIFICATION".equals(kind) ? ReclassificationReason.valueOf(reason).label() : "no approved request found";
            String code = "RECLASSIFICATION".equals(kind) ? reason : null;
            out.accept(row(places, ReturnRow.Type.RECLASSIFIED_FROM, crime, previous, -1, recordedAt, at, code, label, null));
            out.accept(row(places, ReturnRow.Type.RECLASSIFIED_TO, crime, classification, +1, recordedAt, at, code, label, previous));
        }
    }

    /** "C2" from C2_ADDITIONAL_VERIFIABLE_INFORMATION: the code the counting rules give the reason. */
    private static String cancellationCode(String reason) {
        return reason.substring(0, reason.indexOf('_'));
    }

    private ReturnRow row(ReturnAreas.Lookup places, ReturnRow.Type type, Crime crime, String code, int count, Instant recordedAt, Instant changedAt,
                          String reasonCode, String reason, String previousCode) {
        ReturnAreas.Area area = places.of(crime.details().location());
        return new ReturnRow(type, crime.crn(), code, offences.find(code).map(Offence::offence).orElse(""), count,
                YearMonth.from(recordedAt.atZone(ForceTime.ZONE)), recordedAt, crime.details().committedFrom(),
                crime.details().committedTo(), crime.details().flags(), changedAt, reasonCode, reason, previousCode,
                area.code(), area.name(), settings.partnershipOf(area.code(), area.name()));
    }

    private List<SummaryRow> summarise(YearMonth month, List<ReturnRow> rows) {
        Map<String, long[]> byCode = new TreeMap<>();
        for (ReturnRow row : rows) {
            long[] c = byCode.computeIfAbsent(row.code(), code -> new long[6]);
            switch (row.type()) {
                case RECORDED -> c[0]++;
                case RECLASSIFIED_TO -> c[1]++;
                case RECLASSIFIED_FROM -> c[2]++;
                case CANCELLED -> c[3]++;
            }
            if (row.adjustsEarlierMonth(month)) {
                c[4] += row.count();
            }
            c[5] += row.count();
        }
        List<SummaryRow> summary = new ArrayList<>();
        byCode.forEach((code, c) -> {
            var offence = offences.find(code);
            summary.add(new SummaryRow(code, offence.map(Offence::offence).orElse(""), offence.map(Offence::category).orElse(""),
                    c[0], c[1], c[2], c[3], c[4], c[5]));
        });
        return summary;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant().truncatedTo(ChronoUnit.MICROS);
    }
}
