package uk.peel.crime.returns;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's recorded-crime return: every change to a count, crime by crime, and the counts by offence code.
 *
 * @param complete false while the month has not ended: figures can still change
 */
public record MonthlyReturn(YearMonth month, Instant producedAt, boolean complete, List<ReturnRow> rows,
                            List<SummaryRow> summary) {

    public MonthlyReturn {
        rows = List.copyOf(rows);
        summary = List.copyOf(summary);
    }

    public long count(ReturnRow.Type type) {
        return rows.stream().filter(r -> r.type() == type).count();
    }

    public long net() {
        return rows.stream().mapToLong(ReturnRow::count).sum();
    }

    /** One line for logs, the command line and the audit entry. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "home-office %s rows=%d recorded=%d reclassified=%d cancelled=%d net=%d%s",
                month, rows.size(), count(ReturnRow.Type.RECORDED), count(ReturnRow.Type.RECLASSIFIED_TO),
                count(ReturnRow.Type.CANCELLED), net(), complete ? "" : " (month not yet ended)");
    }
}
