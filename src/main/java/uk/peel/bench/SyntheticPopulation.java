package uk.peel.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic population of person records, any line of which can be worked out on its own from the seed and its
 * number: nothing about line 9,000,000 depends on having generated lines 1 to 8,999,999, so ten million records
 * stream in constant memory and a benchmark can regenerate any person it wants to search for.
 *
 * <p>A share of lines ({@code duplicateRate}) are duplicates: another record of the person whose original record is
 * at some other line, chosen at random, misrecorded by one to three {@link Slip}s. The original can come before or
 * after its duplicates, as in a real legacy system; a person has on average {@code rate / (1 - rate)} duplicates.
 */
final class SyntheticPopulation {

    /** Dates are relative to this day rather than today, so a seed gives the same population on any day. */
    static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);

    /**
     * Relative numbers of people by age, in five-year bands from 0–4 to 95–99: the shape of people who come to
     * police notice (victims, witnesses, suspects), mostly 15 to 45, tapering like the population pyramid after.
     */
    private static final double[] AGE_BANDS = {1.5, 2, 4, 8, 10, 10.5, 10, 9, 8, 7, 6.5, 5.5, 4.5, 3.5, 3, 2.5, 1.8,
            1.2, 0.5, 0.1};
    private static final String[] MARKERS = {"VIOLENT", "DRUGS", "WEAPONS", "SELF_HARM", "MENTAL_HEALTH", "ESCAPER",
            "SUICIDAL", "ALLEGES"};
    private static final long DUPLICATE_SALT = 0x6475706c69636174L;

    private final NameLists names;
    private final long seed;
    private final long size;
    private final double duplicateRate;
    private final WeightedNames ages;

    SyntheticPopulation(NameLists names, long seed, long size, double duplicateRate) {
        if (size < 1) {
            throw new IllegalArgumentException("a population needs at least one person, not " + size);
        }
        if (!(duplicateRate >= 0 && duplicateRate <= 0.9)) {
            throw new IllegalArgumentException("the duplicate rate must be between 0 and 0.9, not " + duplicateRate);
        }
        this.names = names;
        this.seed = seed;
        this.size = size;
        this.duplicateRate = duplicateRate;
        WeightedNames.Builder bands = new WeightedNames.Builder();
        for (int band = 0; band < AGE_BANDS.length; band++) {
            bands.add(Integer.toString(band * 5), AGE_BANDS[band]);
        }
        this.ages = bands.build();
    }

    /** What one line of the population holds: the record, and whose record it is. */
    record Line(long line, PersonRecord record, long original, List<Slip> slips) {
        boolean isDuplicate() {
            return original != line;
        }
    }

    long size() {
        return size;
    }

    NameLists names() {
        return names;
    }

    static String sourceId(long line) {
        return "GEN-" + line;
    }

    /** Line 1 is always an original, so every duplicate has someone to be a duplicate of. */
    boolean isDuplicate(long line) {
        return line > 1 && uniform(line, 1) < duplicateRate;
    }

    /** The line of the original record of the person whose record is at {@code line}. */
    long originalOf(long line) {
        if (!isDuplicate(line)) {
            return line;
        }
        for (long attempt = 0; ; attempt++) {
            long other = 1 + (long) (uniform(line, 100 + attempt) * size);
            if (other != line && !isDuplicate(other)) {
                return other;
            }
        }
    }

    Line line(long line) {
        checkLine(line);
        long original = originalOf(line);
        SyntheticPerson person = person(original);
        if (original == line) {
            return new Line(line, new RecordDraft(person, gender(person, random(line, 2))).toRecord(sourceId(line)),
                    line, List.of());
        }
        SplittableRandom random = random(line, DUPLICATE_SALT);
        RecordDraft draft = new RecordDraft(person, random.nextInt(10) == 0 ? "UNKNOWN" : person.male() ? "MALE" : "FEMALE");
        List<Slip> slips = misrecord(draft, 1 + (random.nextInt(10) < 4 ? 1 : 0) + (random.nextInt(10) == 0 ? 1 : 0),
                false, random);
        if (!draft.aliases.isEmpty() && random.nextInt(10) < 6) {
            draft.aliases.clear();
        }
        draft.surnameInCapitals = random.nextInt(5) == 0;
        return new Line(line, draft.toRecord(sourceId(line)), original, slips);
    }

    /** Makes {@code count} different slips on the draft (only those officers make in searches, if asked). */
    List<Slip> misrecord(RecordDraft draft, int count, boolean queriesOnly, SplittableRandom random) {
        List<Slip> made = new ArrayList<>(count);
        int total = 0;
        for (Slip slip : Slip.values()) {
            total += queriesOnly && !slip.inQueries ? 0 : slip.weight;
        }
        for (int attempt = 0; made.size() < count && attempt < 20; attempt++) {
            int pick = random.nextInt(total);
            for (Slip slip : Slip.values()) {
                if (queriesOnly && !slip.inQueries) {
                    continue;
                }
                pick -= slip.weight;
                if (pick < 0) {
                    if (!made.contains(slip) && slip.apply(draft, names, random)) {
                        made.add(slip);
                    }
                    break;
                }
            }
        }
        return made;
    }

    /** The person whose original record is at {@code line}, as they really are. */
    SyntheticPerson person(long line) {
        checkLine(line);
        SplittableRandom random = random(line, 0);
        NameLists.Tradition tradition = names.tradition(random.nextDouble());
        boolean male = random.nextInt(100) < 49;
        String forename = names.forename(tradition, male, random.nextDouble());
        String middle = null;
        if (random.nextInt(100) < (tradition == NameLists.Tradition.BRITISH ? 55 : 35)) {
            String drawn = names.forename(tradition, male, random.nextDouble());
            middle = drawn.equals(forename) ? null : drawn;
        }
        String surname = names.surname(tradition, random.nextDouble());
        if (random.nextInt(100) == 0) {
            String second = names.surname(tradition, random.nextDouble());
            surname = second.equals(surname) || (surname + second).contains(" ") ? surname : surname + "-" + second;
        }
        int band = Integer.parseInt(ages.draw(random.nextDouble()));
        LocalDate born = REFERENCE.minusYears(band + random.nextInt(5)).minusDays(1 + random.nextInt(365));
        int age = java.time.Period.between(born, REFERENCE).getYears();

        String birthSurname = null;
        if (!male && age >= 20 && random.nextInt(100) < (age >= 30 ? 50 : 25)) {
            String married = names.surname(tradition, random.nextDouble());
            if (!married.equals(surname)) {
                birthSurname = surname;
                surname = married;
            }
        }
        List<PersonRecord.Name> aliases = new ArrayList<>(2);
        if (birthSurname != null) {
            aliases.add(new PersonRecord.Name(PersonRecord.capitalised(forename), PersonRecord.capitalised(birthSurname), "MAIDEN"));
        }
        String[] nicknames = names.nicknames(forename);
        if (nicknames.length > 0 && random.nextInt(100) < 8) {
            aliases.add(new PersonRecord.Name(PersonRecord.capitalised(nicknames[random.nextInt(nicknames.length)]),
                    PersonRecord.capitalised(surname), "NICKNAME"));
        }
        if (random.nextInt(100) < 2) {
            aliases.add(new PersonRecord.Name(PersonRecord.capitalised(names.forename(tradition, male, random.nextDouble())),
                    PersonRecord.capitalised(names.surname(tradition, random.nextDouble())), "ALIAS"));
        }
        if (random.nextInt(100) == 0) {
            aliases.add(new PersonRecord.Name(null, PersonRecord.capitalised(names.surname(tradition, random.nextDouble())),
                    "PREVIOUS"));
        }

        List<PersonRecord.Place> addresses = new ArrayList<>(2);
        if (random.nextInt(100) < 92) {
            PersonRecord.Place home = Addresses.home(names, random, born);
            if (random.nextInt(100) < 25) {
                PersonRecord.Place previous = Addresses.previous(names, random, born, home.from());
                if (previous != null) {
                    addresses.add(previous);
                }
            }
            addresses.add(home);
        }
        PersonRecord.Marker marker = null;
        if (age >= 14 && random.nextInt(100) < 3) {
            marker = new PersonRecord.Marker(MARKERS[random.nextInt(MARKERS.length)],
                    Addresses.between(random, born.plusYears(14), REFERENCE.minusDays(1)));
        }
        return new SyntheticPerson(line, tradition, male, forename, middle, surname, birthSurname, born, aliases,
                addresses, marker);
    }

    /** A person's gender as their original record has it: one in a hundred not recorded. */
    private static String gender(SyntheticPerson person, SplittableRandom random) {
        return random.nextInt(100) == 0 ? "UNKNOWN" : person.male() ? "MALE" : "FEMALE";
    }

    SplittableRandom random(long line, long salt) {
        return new SplittableRandom(mix(mix(seed) + mix(line * 0x9E3779B97F4A7C15L + salt)));
    }

    private double uniform(long line, long salt) {
        return (mix(mix(seed ^ 0x5DEECE66DL) + mix(line * 0xC2B2AE3D27D4EB4FL + salt)) >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64's finaliser: consecutive inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private void checkLine(long line) {
        if (line < 1 || line > size) {
            throw new IllegalArgumentException("line " + line + " is outside the population of " + size);
        }
    }
}
