package uk.peel.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What happens in the simulated year, drawn from a seeded random source so a seed gives the same year: when each
 * call comes, what it turns out to be, how long the recording decision takes, what it decides, and which crimes
 * are later reclassified or cancelled. Proportions are a large force's, roughly: four in ten incidents
 * crime-related, most decisions within hours, about one in a hundred late.
 * <p>
 * Each step of each incident draws from its own source ({@link #forStep}), seeded from the year's seed, the
 * incident's number and the step, so the year is the same whatever order parallel workers run the steps in, a
 * resumed run needs no random state from the checkpoint, and a step run again after a crash draws what it drew.
 */
final class CrimeYearPlan {

    /** Closing categories that are crimes, with their share of crime-related incidents and likely classifications. */
    static final Map<String, List<String>> CLASSIFICATIONS = Map.ofEntries(
            Map.entry("CRIME_VIOLENCE", List.of("8N", "105A", "8L", "3B", "5D", "8Q")),
            Map.entry("CRIME_THEFT", List.of("49", "46", "39", "44")),
            Map.entry("CRIME_DAMAGE", List.of("58A", "58C", "58D")),
            Map.entry("CRIME_BURGLARY", List.of("28E", "30C", "28F")),
            Map.entry("CRIME_VEHICLE", List.of("48", "45", "126")),
            Map.entry("CRIME_PUBLIC_ORDER", List.of("9A", "62A", "9B")),
            Map.entry("CRIME_DRUGS", List.of("92D", "92E", "92A")),
            Map.entry("CRIME_ROBBERY", List.of("34B", "34A")),
            Map.entry("CRIME_WEAPONS", List.of("10D", "10C")),
            Map.entry("CRIME_SEXUAL", List.of("20A", "17A", "19C")),
            Map.entry("CRIME_OTHER", List.of("99", "54")));
    private static final String[] CRIME_CATEGORIES = {"CRIME_VIOLENCE", "CRIME_THEFT", "CRIME_DAMAGE", "CRIME_BURGLARY",
            "CRIME_VEHICLE", "CRIME_PUBLIC_ORDER", "CRIME_DRUGS", "CRIME_ROBBERY", "CRIME_WEAPONS", "CRIME_SEXUAL", "CRIME_OTHER"};
    private static final double[] CRIME_WEIGHTS = {35, 20, 12, 8, 8, 6, 4, 2, 2, 2, 1};
    private static final String[] OTHER_CATEGORIES = {"ASB_PERSONAL", "ASB_NUISANCE", "PS_CONCERN_FOR_SAFETY", "PS_DOMESTIC",
            "PS_SUSPICIOUS", "PS_ALARM", "PS_MISSING_PERSON", "PS_MENTAL_HEALTH", "TR_COLLISION_DAMAGE", "PS_CIVIL_DISPUTE"};

    private final Random random;
    private final Instant start;
    private final Duration span;
    final double crimeShare;

    /** The draws of one step of an incident's chain; {@code index} tells apart the crimes of one decision. */
    enum Draw { CALL_TIME, CALL, CLOSE, DECIDE, LATER, CHANGE }

    private final long seed;

    CrimeYearPlan(long seed, int year, double crimeShare) {
        this(seed, new Random(seed), LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                Duration.ofDays(LocalDate.of(year, 1, 1).lengthOfYear()), crimeShare);
    }

    private CrimeYearPlan(long seed, Random random, Instant start, Duration span, double crimeShare) {
        this.seed = seed;
        this.random = random;
        this.start = start;
        this.span = span;
        this.crimeShare = crimeShare;
    }

    /** The plan of one step of incident {@code incident}: its own random source, the same every time it is asked for. */
    CrimeYearPlan forStep(long incident, Draw draw, int index) {
        long mixed = mix(mix(mix(seed) ^ incident) ^ (draw.ordinal() * 64L + index));
        return new CrimeYearPlan(seed, new Random(mixed), start, span, crimeShare);
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated seeds, so incident n's draws say nothing of n+1's. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return start.plus(span);
    }

    /** When the i-th of n calls comes: evenly spread over the year, jittered within its slot (the same on every ask). */
    Instant callAt(long i, long n) {
        double slot = span.toSeconds() / (double) n;
        return start.plusSeconds((long) (slot * i + forStep(i, Draw.CALL_TIME, 0).random.nextDouble() * slot));
    }

    boolean crimeRelated() {
        return random.nextDouble() < crimeShare;
    }

    String crimeCategory() {
        double total = 0;
        for (double w : CRIME_WEIGHTS) {
            total += w;
        }
        double pick = random.nextDouble() * total;
        for (int i = 0; i < CRIME_CATEGORIES.length; i++) {
            pick -= CRIME_WEIGHTS[i];
            if (pick < 0) {
                return CRIME_CATEGORIES[i];
            }
        }
        return CRIME_CATEGORIES[0];
    }

    String otherCategory() {
        return OTHER_CATEGORIES[random.nextInt(OTHER_CATEGORIES.length)];
    }

    /** Call to closure: ten minutes to three hours. */
    Duration toClose() {
        return Duration.ofMinutes(10 + random.nextInt(170));
    }

    /**
     * Closure to recording decision: seven in ten within two hours, most of the rest within the day, a few just
     * inside the deadline, and about one in a hundred late (within two days).
     */
    Duration toDecide() {
        double p = random.nextDouble();
        if (p < 0.70) {
            return Duration.ofMinutes(5 + random.nextInt(115));
        }
        if (p < 0.95) {
            return Duration.ofMinutes(120 + random.nextInt(18 * 60));
        }
        if (p < 0.99) {
            return Duration.ofMinutes(20 * 60 + random.nextInt(4 * 60 - 1));
        }
        return Duration.ofMinutes(24 * 60 + 1 + random.nextInt(24 * 60));
    }

    /** About four in five crime-related reports are recorded; the rest are not crimes. */
    boolean recorded() {
        return random.nextDouble() < 0.8;
    }

    String classification(String category) {
        List<String> codes = CLASSIFICATIONS.get(category);
        return codes.get(random.nextInt(codes.size()));
    }

    /** One victim, or two (two crimes) one time in ten. */
    int victims() {
        return random.nextDouble() < 0.1 ? 2 : 1;
    }

    int pick(int bound) {
        return random.nextInt(bound);
    }

    /** What happens to a recorded crime later: mostly nothing. */
    enum Later { NOTHING, RECLASSIFIED, CANCELLED, REFUSED }

    Later later() {
        double p = random.nextDouble();
        return p < 0.03 ? Later.RECLASSIFIED : p < 0.045 ? Later.CANCELLED : p < 0.05 ? Later.REFUSED : Later.NOTHING;
    }

    /** Decision to a change being asked for and answered: a day to a month. */
    Duration toChange() {
        return Duration.ofHours(24 + random.nextInt(30 * 24));
    }

    double latitude() {
        return 53.40 + random.nextDouble() * 0.15;
    }

    double longitude() {
        return -2.35 + random.nextDouble() * 0.25;
    }
}
