package uk.peel.platform;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The force's working days: not a weekend day, not a bank holiday (from GOV.UK's list, shipped as data), not one of
 * the force's own non-working days. Service levels written in working days ("a working day") count with it, in UK
 * time: a notice raised at 17:00 on the Friday before a bank holiday Monday with one working day to run is due at
 * 17:00 on the Tuesday.
 */
public final class WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final WorkingDaysSettings settings;
    private final NavigableSet<LocalDate> holidays;

    private WorkingDays(WorkingDaysSettings settings, NavigableSet<LocalDate> holidays) {
        this.settings = settings;
        this.holidays = Collections.unmodifiableNavigableSet(holidays);
    }

    /** Reads the calendar the settings name; fails naming the file and what is wrong with it. */
    public static WorkingDays load(WorkingDaysSettings settings, JsonMapper json) {
        Resource resource = new DefaultResourceLoader().getResource(settings.holidays());
        NavigableSet<LocalDate> days = new TreeSet<>(settings.extraHolidays());
        try (InputStream in = resource.getInputStream()) {
            JsonNode division = json.readTree(in).path(settings.division());
            if (!division.path("events").isArray()) {
                throw new IllegalStateException("peel.working-days.holidays: " + settings.holidays() + " has no division '"
                        + settings.division() + "' with a list of events (the GOV.UK bank-holidays format)");
            }
            int index = 0;
            for (JsonNode event : division.path("events")) {
                String date = event.path("date").asString("");
                try {
                    days.add(LocalDate.parse(date));
                } catch (DateTimeParseException e) {
                    throw new IllegalStateException("peel.working-days.holidays: " + settings.holidays() + ", "
                            + settings.division() + " event " + index + ": '" + date + "' is not a date like 2026-12-25", e);
                }
                index++;
            }
        } catch (IOException e) {
            throw new IllegalStateException("peel.working-days.holidays: cannot read " + settings.holidays() + ": " + e.getMessage(), e);
        }
        WorkingDays calendar = new WorkingDays(settings, days);
        return calendar;
    }

    /** For tests and tools: a calendar of these holidays, weekends as the settings say. */
    public static WorkingDays of(WorkingDaysSettings settings, java.util.Collection<LocalDate> holidays) {
        return new WorkingDays(settings, new TreeSet<>(holidays));
    }

    public boolean isWorkingDay(LocalDate day) {
        return !settings.weekend().contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    /** The last day the calendar knows holidays for: after it, only weekends are left out. */
    public LocalDate coveredUntil() {
        return holidays.isEmpty() ? LocalDate.MIN : LocalDate.of(holidays.last().getYear(), 12, 31);
    }

    /**
     * The moment {@code days} working days after {@code from}: the same time of day on the working day that many
     * working days later. Time on a day that is not a working day does not count, so a start at the weekend or on a
     * bank holiday runs from the start of the next working day.
     */
    public Instant plus(Instant from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        ZonedDateTime start = from.atZone(ForceTime.ZONE);
        if (!isWorkingDay(start.toLocalDate())) {
            LocalDate next = start.toLocalDate().plusDays(1);
            while (!isWorkingDay(next)) {
                next = next.plusDays(1);
            }
            start = next.atStartOfDay(ForceTime.ZONE);
        }
        LocalDate day = start.toLocalDate();
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        warnIfBeyondCalendar(day);
        return ZonedDateTime.of(day, start.toLocalTime(), ForceTime.ZONE).toInstant();
    }

    private volatile boolean warned;

    private void warnIfBeyondCalendar(LocalDate day) {
        if (!warned && day.isAfter(coveredUntil())) {
            warned = true;
            log.warn("The working-day calendar ({}) ends on {}: bank holidays after it are not known, so service levels "
                    + "counted past it leave out weekends only. Update the file or peel.working-days.holidays.",
                    settings.holidays(), coveredUntil());
        }
    }

    /** Warns, once, when the calendar runs out within the year: a force has a year to add the next ones. */
    void warnIfEndingSoon(LocalDate today) {
        if (coveredUntil().isBefore(today.plusYears(1))) {
            log.warn("The working-day calendar ({}) ends on {}: add the next years' bank holidays (GOV.UK) before then.",
                    settings.holidays(), coveredUntil());
        }
    }
}
