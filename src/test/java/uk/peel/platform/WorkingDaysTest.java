package uk.peel.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The shipped England and Wales calendar, and service levels counted in working days across it. */
class WorkingDaysTest {

    private final WorkingDays calendar = WorkingDays.load(new WorkingDaysSettings(null, null, null, null), JsonMapper.builder().build());

    @Test
    void theShippedCalendarHoldsTheEnglandAndWalesBankHolidaysFor2024To2028WithSubstituteDays() {
        assertThat(calendar.isHoliday(LocalDate.of(2026, 8, 31))).as("summer bank holiday 2026").isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 12, 28))).as("Boxing Day 2026 falls on a Saturday: substitute Monday").isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 12, 26))).isFalse();
        assertThat(calendar.isHoliday(LocalDate.of(2028, 1, 3))).as("New Year's Day 2028 is a Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 29))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(calendar.coveredUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void oneWorkingDayFromFridayAfternoonBeforeABankHolidayMondayIsTuesdayAfternoon() {
        Instant friday = uk(2026, 8, 28, 17, 0);

        assertThat(calendar.plus(friday, 1)).isEqualTo(uk(2026, 9, 1, 17, 0));
        assertThat(ServiceLevel.parse("1 working day").dueFrom(friday, calendar)).isEqualTo(uk(2026, 9, 1, 17, 0));
        assertThat(ServiceLevel.parse("24h").dueFrom(friday, calendar)).as("hours run through the weekend")
                .isEqualTo(uk(2026, 8, 29, 17, 0));
    }

    @Test
    void christmasAndItsSubstituteDaysAreSkippedAndTimeAtAWeekendRunsFromTheNextWorkingDay() {
        assertThat(calendar.plus(uk(2026, 12, 24, 10, 0), 1)).as("Christmas Friday, weekend, Boxing Day substitute Monday")
                .isEqualTo(uk(2026, 12, 29, 10, 0));
        assertThat(calendar.plus(uk(2026, 8, 29, 9, 30), 1)).as("raised on the Saturday: the clock starts on Tuesday")
                .isEqualTo(uk(2026, 9, 2, 0, 0));
        assertThat(calendar.plus(uk(2026, 3, 27, 12, 0), 2)).as("across the change to British Summer Time")
                .isEqualTo(uk(2026, 3, 31, 12, 0));
    }

    @Test
    void aForceAddsItsOwnDaysAndWeekend() {
        WorkingDays force = WorkingDays.load(new WorkingDaysSettings(null, null, List.of(LocalDate.of(2026, 9, 1)),
                Set.of(DayOfWeek.SUNDAY)), JsonMapper.builder().build());

        assertThat(force.isWorkingDay(LocalDate.of(2026, 8, 29))).as("Saturday works there").isTrue();
        assertThat(force.plus(uk(2026, 8, 28, 17, 0), 1)).isEqualTo(uk(2026, 8, 29, 17, 0));
        assertThat(force.plus(uk(2026, 8, 29, 17, 0), 1)).as("Sunday, the bank holiday and the force's own day skipped")
                .isEqualTo(uk(2026, 9, 2, 17, 0));
    }

    @Test
    void badSettingsAreRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> WorkingDays.load(new WorkingDaysSettings(null, "wales", null, null), JsonMapper.builder().build()))
                .hasMessageContaining("peel.working-days.holidays").hasMessageContaining("no division 'wales'");
        assertThatThrownBy(() -> WorkingDays.load(new WorkingDaysSettings("classpath:calendar/missing.json", null, null, null),
                JsonMapper.builder().build())).hasMessageContaining("cannot read classpath:calendar/missing.json");
        assertThatThrownBy(() -> ServiceLevel.parse("a day or so")).hasMessageContaining("'a day or so' is not a service level")
                .hasMessageContaining("1 working day");
        assertThat(ServiceLevel.parse("2 working days")).isEqualTo(ServiceLevel.workingDays(2));
        assertThat(ServiceLevel.parse("PT8H")).isEqualTo(ServiceLevel.of(Duration.ofHours(8)));
        assertThat(ServiceLevel.parse("1 Working Day").toString()).isEqualTo("1 working day");
    }

    private static Instant uk(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ForceTime.ZONE).toInstant();
    }
}
