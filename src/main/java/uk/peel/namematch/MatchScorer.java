package uk.peel.namematch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores a person against a search in the manner of Fellegi–Sunter record linkage: each piece of evidence (surname,
 * forenames, date of birth) adds or subtracts a weight in bits, sized by how much more often that level of
 * agreement happens between records of the same person than between different people. Agreement on a rare
 * surname weighs more than on a common one. The score is the weights turned into a 0–1 scale; every weight
 * comes with the sentence that explains it.
 *
 * <p>Every reading of the query's words ({@link QueryReadings}) is tried against every name the person is
 * recorded under; the best wins.
 */
public final class MatchScorer {

    /** Bits of evidence at which the score is one half: about one in a thousand people share a name by chance. */
    public static final double MIDPOINT = 10.0;
    /**
     * Bounds on a surname's weight. Above 14 bits agreement on one name would outweigh an exact date of birth; names
     * missing from the frequency list (taken as rarer than any in it) would otherwise get 15 bits or more.
     */
    private static final double MIN_SURNAME_BITS = -2.0;
    private static final double MAX_SURNAME_BITS = 14.0;
    /** Surnames this specific (fewer than about one person in 10,000) are called rare in explanations. */
    private static final double RARE = 12.0;

    private final NameVariants variants;
    private final SurnameFrequencies surnames;

    public MatchScorer(NameVariants variants, SurnameFrequencies surnames) {
        this.variants = variants;
        this.surnames = surnames;
    }

    public Match score(SearchText.Query query, Candidate candidate) {
        return score(QueryReadings.of(query), query.dateOfBirth(), RecordNames.of(candidate), candidate.datesOfBirth(), surnames);
    }

    /** The query already read and the candidate's names already spelt: what a search does for each candidate. */
    Match score(List<QueryReadings.Reading> readings, Optional<DateClue> dateOfBirth, RecordNames names, List<DateClue> dates,
            SurnameShares shares) {
        Evidence best = readings.isEmpty() ? new Evidence(0, List.of()) : bestName(readings, names, shares);
        if (best == null) {
            best = new Evidence(-10, List.of("no recorded name"));
        }
        return combined(best, dateEvidence(dateOfBirth, dates, shares));
    }

    /**
     * Two records compared as possible duplicates: every name of each read against every name of the other, and
     * every pair of dates of birth. Taken both ways round and the stronger kept, so comparing A with B and B with A
     * gives the same score.
     */
    public Match compare(Candidate a, Candidate b) {
        return compare(RecordNames.of(a), a.datesOfBirth(), RecordNames.of(b), b.datesOfBirth(), surnames);
    }

    Match compare(RecordNames a, List<DateClue> aDates, RecordNames b, List<DateClue> bDates, SurnameShares shares) {
        Evidence forward = bestName(QueryReadings.of(a), b, shares);
        Evidence backward = bestName(QueryReadings.of(b), a, shares);
        Evidence names = forward == null || backward != null && backward.weight() > forward.weight() ? backward : forward;
        if (names == null) {
            names = new Evidence(-10, List.of("no recorded name"));
        }
        Evidence date = new Evidence(0, List.of());
        for (DateClue asked : aDates) {
            Evidence one = dateEvidence(Optional.of(asked), bDates, shares);
            if (date.reasons().isEmpty() || one.weight() > date.weight()) {
                date = one;
            }
        }
        return combined(names, date);
    }

    private Evidence bestName(List<QueryReadings.Reading> readings, RecordNames names, SurnameShares shares) {
        Evidence best = null;
        for (RecordNames.Part name : names.names()) {
            for (QueryReadings.Reading reading : readings) {
                Evidence evidence = compare(reading, name, shares);
                if (best == null || evidence.weight() > best.weight()) {
                    best = evidence;
                }
            }
        }
        return best;
    }

    private static Match combined(Evidence names, Evidence date) {
        double weight = names.weight() + date.weight();
        List<String> explanation = new ArrayList<>(names.reasons());
        explanation.addAll(date.reasons());
        return new Match(scoreOf(weight), weight, explanation);
    }

    static double scoreOf(double weight) {
        return 1 / (1 + Math.pow(2, MIDPOINT - weight));
    }

    private record Evidence(double weight, List<String> reasons) {
    }

    /** What comparing one reading with one recorded name found, built up part by part. */
    private static final class Comparison {
        double weight;
        final List<String> reasons = new ArrayList<>();
        boolean joinedAgrees;
    }

    private Evidence compare(QueryReadings.Reading reading, RecordNames.Part name, SurnameShares shares) {
        Comparison found = new Comparison();
        surname(reading, name, found, shares);
        forenames(reading, name, found);
        if (reading.joined() != null && !found.joinedAgrees) {
            return new Evidence(Double.NEGATIVE_INFINITY, List.of());
        }
        found.weight -= reading.penalty();
        found.reasons.addAll(reading.notes());
        if (!"name".equals(name.name().kind()) && !reading.fromAlias()) { // one alias penalty, not one per side
            found.reasons.add("matched on " + name.name().kind() + " " + name.name().written());
            found.weight -= QueryReadings.ALIAS_PENALTY;
        }
        return new Evidence(found.weight, found.reasons);
    }

    private void surname(QueryReadings.Reading reading, RecordNames.Part name, Comparison found, SurnameShares shares) {
        if (reading.surname().isEmpty() || name.surnameForms().isEmpty()) {
            return; // nothing to compare: unknown, neither for nor against
        }
        NameAgreement best = NameAgreement.NONE;
        Spelling query = reading.surname().getFirst();
        Spelling matched = null;
        for (Spelling form : reading.surname()) {
            for (Spelling recorded : name.surnameForms()) {
                NameAgreement agreement = NameAgreement.of(form, recorded, null);
                if (agreement.ordinal() < best.ordinal()) {
                    best = agreement;
                    query = form;
                    matched = recorded;
                }
            }
        }
        found.joinedAgrees |= best != NameAgreement.NONE && query == reading.joined();
        String q = title(query.folded());
        String m = matched == null ? "" : title(matched.folded());
        found.weight += switch (best) {
            case EXACT, VARIANT -> {
                double bits = surnameBits(best, shares.of(matched.folded()));
                found.reasons.add("surname " + m + " matches" + (bits >= RARE ? " (a rare surname)" : ""));
                yield bits;
            }
            case SPELT_AND_SOUNDS_ALIKE, SOUNDS_LIKE, TYPO, SIMILAR -> {
                found.reasons.add("surname " + q + switch (best) {
                    case SPELT_AND_SOUNDS_ALIKE, SOUNDS_LIKE -> " sounds like ";
                    case TYPO -> " is a likely misspelling of ";
                    default -> " is spelt much like ";
                } + m);
                double share = best == NameAgreement.SPELT_AND_SOUNDS_ALIKE || best == NameAgreement.SOUNDS_LIKE
                        ? shares.ofSharedSound(query, matched)
                        : Math.max(shares.ofSound(query.folded()), shares.ofSound(matched.folded()));
                yield Math.min(best.surnameWeight, surnameBits(best, share));
            }
            case INITIAL -> {
                found.reasons.add("surname initial " + q.toUpperCase(Locale.UK) + " matches " + m);
                yield best.surnameWeight;
            }
            case NONE -> {
                found.reasons.add("surname differs");
                yield best.surnameWeight;
            }
        };
    }

    /** A surname's agreement sized by how common it is (or, when merely alike, how common its sound is). */
    private static double surnameBits(NameAgreement level, double share) {
        return Math.clamp(log2(level.surnameM / share), MIN_SURNAME_BITS, MAX_SURNAME_BITS);
    }

    private void forenames(QueryReadings.Reading reading, RecordNames.Part name, Comparison found) {
        List<Spelling> asked = reading.forenames();
        List<Spelling> recorded = name.forenames();
        if (asked.isEmpty() || recorded.isEmpty()) {
            return;
        }
        for (int i = 0; i < asked.size(); i++) {
            Spelling query = asked.get(i);
            NameAgreement best = NameAgreement.NONE;
            Spelling matched = null;
            for (Spelling forename : recorded) {
                NameAgreement agreement = NameAgreement.of(query, forename, variants);
                if (agreement.ordinal() < best.ordinal()) {
                    best = agreement;
                    matched = forename;
                }
            }
            found.joinedAgrees |= best != NameAgreement.NONE && query == reading.joined();
            double scale = i == 0 ? 1.0 : 0.5; // the first forename carries most; middle names confirm
            found.weight += scale * best.forenameWeight;
            String q = title(query.folded());
            String m = matched == null ? "" : title(matched.folded());
            found.reasons.add(switch (best) {
                case EXACT -> "forename " + m + " matches";
                case VARIANT -> "forename: " + q + " " + variants.relation(query.folded(), matched.folded()).phrase() + " " + m;
                case SPELT_AND_SOUNDS_ALIKE, SOUNDS_LIKE -> "forename " + q + " sounds like " + m;
                case TYPO -> "forename " + q + " is a likely misspelling of " + m;
                case SIMILAR -> "forename " + q + " is spelt much like " + m;
                case INITIAL -> "initial " + q.toUpperCase(Locale.UK) + " matches " + m;
                case NONE -> "forename " + q + " differs";
            });
        }
    }

    private static Evidence dateEvidence(Optional<DateClue> asked, List<DateClue> recorded, SurnameShares shares) {
        if (asked.isEmpty() || recorded.isEmpty()) {
            return new Evidence(0, List.of());
        }
        DateAgreement best = DateAgreement.UNKNOWN;
        DateClue matched = null;
        for (DateClue date : recorded) {
            DateAgreement agreement = DateAgreement.of(asked.get(), date);
            if (matched == null || agreement.weight > best.weight) {
                best = agreement;
                matched = date;
            }
        }
        String reason = best.explain(asked.get(), matched);
        double weight = best.weight;
        if (best == DateAgreement.EXACT) {
            // Never more than the calendar says; less where many people on record share the date.
            weight = Math.min(weight, log2(DateAgreement.EXACT_M / shares.ofBirthDate(matched)));
        }
        return new Evidence(weight, reason == null ? List.of() : List.of(reason));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    static String title(String folded) {
        return folded == null || folded.isEmpty() ? "" : Character.toUpperCase(folded.charAt(0)) + folded.substring(1);
    }
}
