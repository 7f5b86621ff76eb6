package uk.peel.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import uk.peel.platform.ForceTime;
import uk.peel.platform.WorkingDays;
import uk.peel.platform.WorkingDaysSettings;

/** A standard-risk notice's triage is due within a working day: the weekend and a bank holiday do not count. */
class WorkingDayTriageTest {

    private final WorkingDays calendar = WorkingDays.load(new WorkingDaysSettings(null, null, null, null), JsonMapper.builder().build());
    private final SafeguardingPolicy policy = new SafeguardingPolicy(null, null, null, null, null, null, null);

    @Test
    void aStandardRiskNoticeRaisedOnTheFridayBeforeTheAugustBankHolidayIsDueForTriageOnTuesday() {
        Instant friday = LocalDateTime.of(2026, 8, 28, 16, 45).atZone(ForceTime.ZONE).toInstant();

        Ppn standard = raise("MENTAL_HEALTH", Risk.STANDARD, friday);
        Ppn high = raise("MENTAL_HEALTH", Risk.HIGH, friday);

        assertThat(standard.triageDueAt()).isEqualTo(LocalDateTime.of(2026, 9, 1, 16, 45).atZone(ForceTime.ZONE).toInstant());
        assertThat(high.triageDueAt()).as("high risk runs round the clock").isEqualTo(friday.plusSeconds(4 * 3600));
        assertThat(standard.clockAt(LocalDateTime.of(2026, 8, 31, 23, 0).atZone(ForceTime.ZONE).toInstant()).triageBreached())
                .as("not breached over the holiday weekend").isFalse();
    }

    private Ppn raise(String type, Risk risk, Instant at) {
        return Ppn.raise(PpnId.random(), "PPN-TEST", policy.type(type).orElseThrow(), risk, PpnSource.OFFICER, null, null,
                "Test", false, List.of(), at, "test", calendar);
    }
}
