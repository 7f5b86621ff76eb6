package uk.peel.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Searches as officers type them, for people in a generated population: each about a person picked at random,
 * with none, one or two of the slips officers make ({@link Slip#inQueries}: a misspelling, a nickname, a maiden
 * name, the day and month swapped, a wrong digit, only the year), written in the forms the search box reads
 * ("robert smith 03/12/1985", "SMITH, Robert 3/12/85", "smith robert b.1985", a name alone).
 */
final class LatencyQueries {

    /**
     * One search: the text for Peel, and the same names and date as separate fields for the SQL baselines (which
     * are told which word is the surname, an advantage Peel's free text does not give).
     *
     * @param dateOfBirth the full date typed, or null when the text has only a year or no date
     * @param original the population line of the person's original record: any of their records is a right answer
     */
    record Query(String text, String forename, String surname, LocalDate dateOfBirth, long original) {
    }

    private LatencyQueries() {
    }

    /** {@code count} searches, the same for the same population and seed. */
    static List<Query> build(SyntheticPopulation population, int count, long seed) {
        List<Query> queries = new ArrayList<>(count);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            long line = 1 + random.nextLong(population.size());
            long original = population.originalOf(line);
            SyntheticPerson person = population.person(original);
            RecordDraft draft = new RecordDraft(person, person.male() ? "MALE" : "FEMALE");
            int slips = random.nextInt(10);
            population.misrecord(draft, slips < 4 ? 0 : slips < 8 ? 1 : 2, true, random);
            queries.add(query(draft, original, random));
        }
        return queries;
    }

    private static Query query(RecordDraft draft, long original, SplittableRandom random) {
        boolean typedLower = random.nextInt(10) < 6;
        String forename = typedLower ? draft.forename : PersonRecord.capitalised(draft.forename);
        String surname = typedLower ? draft.surname : PersonRecord.capitalised(draft.surname);
        int form = random.nextInt(100);
        String text;
        if (form < 35) {
            text = forename + " " + surname + date(draft, "%1$02d/%2$02d/%3$04d");
        } else if (form < 50) {
            text = draft.surname.toUpperCase(Locale.ROOT) + ", " + PersonRecord.capitalised(draft.forename)
                    + date(draft, "%1$02d/%2$02d/%3$04d");
        } else if (form < 60) {
            text = forename + " " + surname + date(draft, "%3$04d-%2$02d-%1$02d");
        } else if (form < 70) {
            text = forename + " " + surname + (draft.year > 1930 ? date(draft, "%1$d/%2$d/%4$02d") : date(draft, "%1$d/%2$d/%3$04d"));
        } else if (form < 80) {
            text = surname + " " + forename + (draft.year > 0 ? " b." + draft.year : "");
        } else if (form < 95) {
            text = forename + " " + surname;
        } else {
            String middle = draft.middle == null ? "" : " " + (typedLower ? draft.middle : PersonRecord.capitalised(draft.middle));
            text = forename + middle + " " + surname + date(draft, "%1$02d/%2$02d/%3$04d");
        }
        boolean fullDateTyped = form < 70 || form >= 95;
        return new Query(text, draft.forename, draft.surname, fullDateTyped ? draft.fullDate() : null, original);
    }

    /** " " and the date of birth in {@code format} (day, month, four-digit year, two-digit year), or the year alone. */
    private static String date(RecordDraft draft, String format) {
        if (draft.year == 0) {
            return "";
        }
        if (!draft.hasFullDate()) {
            return " " + draft.year;
        }
        return " " + format.formatted(draft.day, draft.month, draft.year, draft.year % 100);
    }

    /**
     * For each query's person, the population lines of all their records (the original and every duplicate), found
     * by one pass over the population's duplicate draw (no records are generated).
     */
    static Map<Long, Set<Long>> recordsOfPeople(SyntheticPopulation population, List<Query> queries) {
        Map<Long, Set<Long>> lines = new HashMap<>();
        queries.forEach(query -> lines.computeIfAbsent(query.original(), original -> new HashSet<>(List.of(original))));
        for (long line = 1; line <= population.size(); line++) {
            if (population.isDuplicate(line)) {
                Set<Long> same = lines.get(population.originalOf(line));
                if (same != null) {
                    same.add(line);
                }
            }
        }
        return lines;
    }
}
