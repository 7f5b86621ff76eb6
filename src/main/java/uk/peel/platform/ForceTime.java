package uk.peel.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Time as the force lives it. Instants are stored in UTC; "today" (is this address current, has this marker
 * lapsed) and the times people read are in UK time, so that a record changed at 00:30 BST is dated that day.
 */
public final class ForceTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private ForceTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
