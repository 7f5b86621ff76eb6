package uk.peel.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The force's working-day calendar ({@code peel.working-days}).
 *
 * @param holidays a file in the GOV.UK bank-holidays feed format; by default England and Wales 2024–2028 as shipped
 * @param division which of the feed's divisions applies (england-and-wales, scotland, northern-ireland)
 * @param extraHolidays the force's own non-working days, beyond the bank holidays
 * @param weekend the days of the week that are not working days
 */
@ConfigurationProperties("peel.working-days")
public record WorkingDaysSettings(String holidays, String division, List<LocalDate> extraHolidays, Set<DayOfWeek> weekend) {

    public WorkingDaysSettings {
        holidays = holidays == null || holidays.isBlank() ? "classpath:calendar/bank-holidays.json" : holidays.strip();
        division = division == null || division.isBlank() ? "england-and-wales" : division.strip();
        extraHolidays = extraHolidays == null ? List.of() : List.copyOf(extraHolidays);
        weekend = weekend == null || weekend.isEmpty() ? Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : Set.copyOf(weekend);
    }
}
