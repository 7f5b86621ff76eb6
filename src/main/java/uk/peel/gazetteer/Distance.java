package uk.peel.gazetteer;

import java.time.Duration;

/**
 * A straight-line distance over the Earth's surface. Dispatch turns it into an estimated travel time with
 * {@link #timeAt(double)}; a road-routing estimate can replace that later without changing who asks.
 */
public record Distance(double metres) implements Comparable<Distance> {

    public Distance {
        if (!(metres >= 0) || Double.isInfinite(metres)) {
            throw new IllegalArgumentException("A distance is zero or more metres, not " + metres);
        }
    }

    public static Distance ofMetres(double metres) {
        return new Distance(metres);
    }

    public static Distance ofKilometres(double kilometres) {
        return new Distance(kilometres * 1000);
    }

    public double kilometres() {
        return metres / 1000;
    }

    /** How long covering this distance takes at an average speed in km/h, to the nearest second. */
    public Duration timeAt(double kilometresPerHour) {
        if (!(kilometresPerHour > 0) || Double.isInfinite(kilometresPerHour)) {
            throw new IllegalArgumentException("A speed must be more than 0 km/h, not " + kilometresPerHour);
        }
        return Duration.ofSeconds(Math.round(metres / (kilometresPerHour / 3.6)));
    }

    public boolean isWithin(Distance other) {
        return metres <= other.metres;
    }

    @Override
    public int compareTo(Distance other) {
        return Double.compare(metres, other.metres);
    }

    @Override
    public String toString() {
        return metres < 1000 ? Math.round(metres) + " m" : String.format("%.2f km", kilometres());
    }
}
