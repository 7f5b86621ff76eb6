package uk.peel.person;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A date known only as precisely as the person who gave it knew it: a year ({@code 1985}), a month
 * ({@code 1985-12}) or a day ({@code 1985-12-03}). People often know only a rough date of birth for someone, and
 * recording a made-up day would later look like a fact.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern BRITISH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is out of range");
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " does not exist");
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("day " + day + " does not exist in " + YearMonth.of(year, month));
            }
        }
    }

    /** Reads {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or the British {@code DD/MM/YYYY}. */
    @JsonCreator
    public static PartialDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a date is needed");
        }
        String trimmed = text.strip();
        Matcher iso = ISO.matcher(trimmed);
        if (iso.matches()) {
            return new PartialDate(Integer.parseInt(iso.group(1)), integer(iso.group(2)), integer(iso.group(3)));
        }
        Matcher british = BRITISH.matcher(trimmed);
        if (british.matches()) {
            return new PartialDate(Integer.parseInt(british.group(3)), Integer.parseInt(british.group(2)),
                    Integer.parseInt(british.group(1)));
        }
        throw new IllegalArgumentException("'" + trimmed + "' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
    }

    private static Integer integer(String group) {
        return group == null ? null : Integer.valueOf(group);
    }

    public boolean isComplete() {
        return day != null;
    }

    /** The earliest day this date could be, for range checks such as "not in the future". */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    @Override
    public int compareTo(PartialDate other) {
        return earliest().compareTo(other.earliest());
    }

    @JsonValue
    @Override
    public String toString() {
        if (month == null) {
            return "%04d".formatted(year);
        }
        return day == null ? "%04d-%02d".formatted(year, month) : "%04d-%02d-%02d".formatted(year, month, day);
    }

    /** For people: "3 December 1985", "December 1985" or "1985". */
    public String display() {
        if (month == null) {
            return Integer.toString(year);
        }
        String monthName = java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
        return day == null ? monthName + " " + year : day + " " + monthName + " " + year;
    }

    static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

}
