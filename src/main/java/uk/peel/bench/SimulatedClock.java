package uk.peel.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the crime-year simulation moves through its year, so that Peel's services date every record, deadline and
 * audit entry in simulated time. Never moves backwards.
 */
final class SimulatedClock extends Clock {

    private final AtomicReference<Instant> now;

    SimulatedClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    void moveTo(Instant at) {
        now.accumulateAndGet(at, (current, next) -> next.isAfter(current) ? next : current);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(ZoneOffset.UTC)) {
            return this;
        }
        throw new UnsupportedOperationException("the simulated clock runs in UTC");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
