package uk.peel.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.convert.DurationStyle;

/**
 * How long a piece of work may take: a length of time ({@code 8h}, {@code PT8H}), which runs through nights,
 * weekends and holidays alike, or a number of working days ({@code 1 working day}), which does not (see
 * {@link WorkingDays}). Written either way in configuration.
 */
public record ServiceLevel(Duration duration, int workingDays) {

    private static final Pattern WORKING_DAYS = Pattern.compile("^(\\d{1,3})\\s*working\\s*days?$", Pattern.CASE_INSENSITIVE);

    public ServiceLevel {
        if ((duration == null) == (workingDays <= 0)) {
            throw new IllegalArgumentException("a service level is a length of time or a number of working days, not both or neither");
        }
    }

    public static ServiceLevel of(Duration duration) {
        return new ServiceLevel(duration, 0);
    }

    public static ServiceLevel workingDays(int days) {
        return new ServiceLevel(null, days);
    }

    /** Reads {@code 8h}, {@code PT8H}, {@code 1 working day} or {@code 2 working days}; says what it expected otherwise. */
    public static ServiceLevel parse(String text) {
        String value = text == null ? "" : text.strip();
        Matcher days = WORKING_DAYS.matcher(value);
        if (days.matches()) {
            int count = Integer.parseInt(days.group(1));
            if (count > 0) {
                return workingDays(count);
            }
        }
        try {
            Duration duration = DurationStyle.detectAndParse(value);
            if (!duration.isNegative() && !duration.isZero()) {
                return of(duration);
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("'" + value + "' is not a service level: write a length of time such as 8h "
                + "or PT8H, or a number of working days such as '1 working day'");
    }

    public boolean inWorkingDays() {
        return duration == null;
    }

    /** When work started at {@code from} is due. */
    public Instant dueFrom(Instant from, WorkingDays calendar) {
        return inWorkingDays() ? calendar.plus(from, workingDays) : from.plus(duration);
    }

    @Override
    public String toString() {
        if (inWorkingDays()) {
            return workingDays + (workingDays == 1 ? " working day" : " working days");
        }
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + (minutes == 60 ? " hour" : " hours")
                : String.format(Locale.UK, "%d min", minutes);
    }
}
