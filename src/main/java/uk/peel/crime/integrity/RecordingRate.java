package uk.peel.crime.integrity;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * The share of crimes that should have been recorded that were, with its Wilson score interval (E. B. Wilson,
 * "Probable inference, the law of succession, and statistical inference", JASA 22, 1927), the interval HMICFRS
 * reports with each crime data integrity inspection. The Wilson interval rather than the simpler normal
 * approximation because audit rates sit near 90-100%, where the normal interval runs past 100% and is too narrow.
 *
 * @param recorded crimes recorded (on time or late)
 * @param shouldHaveBeen crimes that should have been recorded
 * @param rate recorded / shouldHaveBeen, or NaN when nothing should have been
 * @param lower the interval's lower bound, or NaN
 * @param upper the interval's upper bound, or NaN
 */
public record RecordingRate(long recorded, long shouldHaveBeen, double confidence, double rate, double lower, double upper) {

    public static final double CONFIDENCE = 0.95;

    public static RecordingRate of(long recorded, long shouldHaveBeen) {
        return of(recorded, shouldHaveBeen, CONFIDENCE);
    }

    public static RecordingRate of(long recorded, long shouldHaveBeen, double confidence) {
        if (recorded < 0 || recorded > shouldHaveBeen) {
            throw new IllegalArgumentException("recorded must be between 0 and " + shouldHaveBeen + ", was " + recorded);
        }
        if (shouldHaveBeen == 0) {
            return new RecordingRate(0, 0, confidence, Double.NaN, Double.NaN, Double.NaN);
        }
        ConfidenceInterval interval = new WilsonScoreInterval().createInterval(Math.toIntExact(shouldHaveBeen),
                Math.toIntExact(recorded), confidence);
        // commons-math computes the bounds with a rounding error that can fall just outside [0, 1] at the extremes.
        return new RecordingRate(recorded, shouldHaveBeen, confidence, (double) recorded / shouldHaveBeen,
                Math.max(0, interval.getLowerBound()), Math.min(1, interval.getUpperBound()));
    }

    public boolean isKnown() {
        return shouldHaveBeen > 0;
    }

    /** "91.2% (88.1% to 93.6%)", or "no crimes judged yet". */
    public String describe() {
        if (!isKnown()) {
            return "no crimes judged yet";
        }
        return String.format(java.util.Locale.UK, "%.1f%% (%.1f%% to %.1f%%)", rate * 100, lower * 100, upper * 100);
    }
}
