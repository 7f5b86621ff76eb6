package uk.peel.crime.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.peel.crime.CrimeFlag;

/**
 * The return's files are a contract with whoever loads them: these headers change only by adding columns at the
 * end, with docs/operations.md updated in the same change.
 */
class ReturnCsvTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Test
    void theCrimesFileHasExactlyTheDocumentedHeader() {
        StringWriter out = new StringWriter();
        ReturnCsv.writeCrimes(new MonthlyReturn(OCTOBER, Instant.EPOCH, true, List.of(), List.of()), out);

        assertThat(out.toString()).isEqualTo("record_type,crime_reference,ho_offence_code,offence,count,counted_month,"
                + "date_recorded,committed_from,committed_to,domestic_abuse,hate_race,hate_religion,hate_sexual_orientation,"
                + "hate_disability,hate_transgender,other_flags,change_date,change_reason_code,change_reason,"
                + "previous_ho_offence_code,local_authority_code,local_authority_name,community_safety_partnership\r\n");
    }

    @Test
    void theSummaryFileHasExactlyTheDocumentedHeader() {
        StringWriter out = new StringWriter();
        ReturnCsv.writeSummary(new MonthlyReturn(OCTOBER, Instant.EPOCH, true, List.of(), List.of()), out);

        assertThat(out.toString()).isEqualTo("ho_offence_code,offence,offence_category,recorded,reclassified_in,"
                + "reclassified_out,cancelled,earlier_month_adjustments,net_change\r\n");
    }

    @Test
    void aRowGivesFlagsAsYesOrNoDatesInForceTimeAndOtherFlagsTogether() {
        ReturnRow row = new ReturnRow(ReturnRow.Type.CANCELLED, "CR-2026-000007", "8N", "Assault with injury", -1,
                YearMonth.of(2026, 7), Instant.parse("2026-07-31T23:30:00Z"), Instant.parse("2026-07-31T22:00:00Z"), null,
                Set.of(CrimeFlag.DOMESTIC_ABUSE, CrimeFlag.ONLINE, CrimeFlag.HATE_RACE, CrimeFlag.FIREARM),
                Instant.parse("2026-10-02T09:00:00Z"), "C2", "C2: additional verifiable information", null,
                "E08000009", "Trafford", "Trafford");
        StringWriter out = new StringWriter();
        ReturnCsv.writeCrimes(new MonthlyReturn(OCTOBER, Instant.EPOCH, true, List.of(row), List.of()), out);

        // 23:30 UTC on 31 July is 00:30 on 1 August in London (BST): the force's date is what is returned.
        assertThat(out.toString().split("\r\n")[1]).isEqualTo("CANCELLED,CR-2026-000007,8N,Assault with injury,-1,2026-07,"
                + "2026-08-01,2026-07-31T23:00,,Y,Y,N,N,N,N,FIREARM;ONLINE,2026-10-02,C2,C2: additional verifiable information,,"
                + "E08000009,Trafford,Trafford");
    }
}
