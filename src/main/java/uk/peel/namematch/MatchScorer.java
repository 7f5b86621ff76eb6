package uk.peel.namematch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a person against a search in the manner of Fellegi–Sunter record linkage: each piece of evidence (surname,
 * forenames, date of birth) adds or subtracts a weight in bits, sized by how much more often that level of
 * agreement happens between records of the same person than between different people. Agreement on a rare
 * surname weighs more than on a common one. The score is the weights turned into a 0–1 scale; every weight
 * comes with the sentence that explains it.
 *
 * <p>The query's words are tried both ways round (surname last, as people say names, and surname first, as
 * police indexes write them) against every name the person is recorded under; the best reading wins.
 */
public final class MatchScorer {

    /** Bits of evidence at which the score is one half: about one in a thousand people share a name by chance. */
    static final double MIDPOINT = 10.0;
    private static final double SWAP_PENALTY = 0.5;
    private static final double ALIAS_PENALTY = 0.25;

    private final NameVariants variants;
    private final SurnameFrequencies surnames;

    public MatchScorer(NameVariants variants, SurnameFrequencies surnames) {
        this.variants = variants;
        this.surnames = surnames;
    }

    public Match score(SearchText.Query query, Candidate candidate) {
        List<String> words = new ArrayList<>();
        query.names().forEach(name -> words.addAll(NameTokens.tokens(name)));

        Evidence best = words.isEmpty() ? new Evidence(0, List.of()) : null;
        for (Candidate.Name name : words.isEmpty() ? List.<Candidate.Name>of() : candidate.names()) {
            for (Evidence reading : readings(words, query.surnameFirst(), name)) {
                if (best == null || reading.weight() > best.weight()) {
                    best = reading;
                }
            }
        }
        if (best == null) {
            best = new Evidence(-10, List.of("no recorded name"));
        }

        Evidence date = dateEvidence(query, candidate);
        double weight = best.weight() + date.weight();
        List<String> explanation = new ArrayList<>(best.reasons());
        explanation.addAll(date.reasons());
        return new Match(1 / (1 + Math.pow(2, MIDPOINT - weight)), weight, explanation);
    }

    private record Evidence(double weight, List<String> reasons) {
    }

    private List<Evidence> readings(List<String> words, boolean surnameFirst, Candidate.Name name) {
        List<Evidence> readings = new ArrayList<>(3);
        if (words.size() == 1) {
            readings.add(reading(words.getFirst(), List.of(), name, false));
            readings.add(forenameOnly(words.getFirst(), name));
            return readings;
        }
        List<String> lastAsSurname = words.subList(0, words.size() - 1);
        List<String> firstAsSurname = words.subList(1, words.size());
        readings.add(reading(words.getLast(), lastAsSurname, name, surnameFirst));
        readings.add(reading(words.getFirst(), firstAsSurname, name, !surnameFirst));
        return readings;
    }

    private Evidence reading(String querySurname, List<String> queryForenames, Candidate.Name name, boolean swapped) {
        List<String> reasons = new ArrayList<>();
        double weight = surnameWeight(querySurname, name, reasons) + forenameWeight(queryForenames, name, reasons);
        if (swapped) {
            weight -= SWAP_PENALTY;
            reasons.add("forename and surname swapped");
        }
        return withKind(weight, reasons, name);
    }

    private Evidence forenameOnly(String word, Candidate.Name name) {
        List<String> reasons = new ArrayList<>();
        double weight = forenameWeight(List.of(word), name, reasons) - 2; // a forename alone says little
        return withKind(weight, reasons, name);
    }

    private Evidence withKind(double weight, List<String> reasons, Candidate.Name name) {
        if (!"name".equals(name.kind())) {
            reasons.add("matched on " + name.kind() + " " + name.written());
            weight -= ALIAS_PENALTY;
        }
        return new Evidence(weight, reasons);
    }

    private double surnameWeight(String query, Candidate.Name name, List<String> reasons) {
        NameAgreement best = NameAgreement.NONE;
        String matched = null;
        for (String form : NameTokens.surnameForms(name.surname())) {
            NameAgreement agreement = NameAgreement.of(query, form, null);
            if (agreement.ordinal() < best.ordinal()) {
                best = agreement;
                matched = form;
            }
        }
        double exact = Math.clamp(log2(0.95 / surnames.of(matched == null ? query : matched)), 4.0, 14.0);
        double alike = matched == null ? 0
                : Math.clamp(log2(0.95 / Math.max(surnames.ofSound(query), surnames.ofSound(matched))), 4.0, 14.0);
        switch (best) {
            case EXACT -> reasons.add("surname " + title(matched) + " matches" + (exact >= 12 ? " (a rare surname)" : ""));
            case SOUNDS_LIKE -> reasons.add("surname " + title(query) + " sounds like " + title(matched));
            case TYPO -> reasons.add("surname " + title(query) + " is a likely misspelling of " + title(matched));
            case INITIAL -> reasons.add("surname initial " + query.toUpperCase(Locale.UK) + " matches " + title(matched));
            default -> reasons.add("surname differs");
        }
        return switch (best) {
            case EXACT, VARIANT -> exact;
            case SOUNDS_LIKE -> alike * 0.65;
            case TYPO -> alike * 0.55;
            case INITIAL -> 1.0;
            case NONE -> -6.0;
        };
    }

    private double forenameWeight(List<String> queryForenames, Candidate.Name name, List<String> reasons) {
        List<String> recorded = NameTokens.tokens(name.forenames());
        if (queryForenames.isEmpty() || recorded.isEmpty()) {
            return 0;
        }
        double total = 0;
        for (int i = 0; i < queryForenames.size(); i++) {
            String query = queryForenames.get(i);
            NameAgreement best = NameAgreement.NONE;
            String matched = null;
            for (String forename : recorded) {
                NameAgreement agreement = NameAgreement.of(query, forename, variants);
                if (agreement.ordinal() < best.ordinal()) {
                    best = agreement;
                    matched = forename;
                }
            }
            double scale = i == 0 ? 1.0 : 0.5; // the first forename carries most; middle names confirm
            total += scale * switch (best) {
                case EXACT -> 5.0;
                case VARIANT -> 4.0;
                case SOUNDS_LIKE -> 3.0;
                case TYPO -> 2.5;
                case INITIAL -> 1.5;
                case NONE -> -4.0;
            };
            reasons.add(switch (best) {
                case EXACT -> "forename " + title(matched) + " matches";
                case VARIANT -> "forename: " + title(query) + " " + variants.relation(query, matched).phrase() + " " + title(matched);
                case SOUNDS_LIKE -> "forename " + title(query) + " sounds like " + title(matched);
                case TYPO -> "forename " + title(query) + " is a likely misspelling of " + title(matched);
                case INITIAL -> "initial " + query.toUpperCase(Locale.UK) + " matches " + title(matched);
                case NONE -> "forename " + title(query) + " differs";
            });
        }
        return total;
    }

    private static Evidence dateEvidence(SearchText.Query query, Candidate candidate) {
        if (query.dateOfBirth().isEmpty() || candidate.datesOfBirth().isEmpty()) {
            return new Evidence(0, List.of());
        }
        DateClue asked = query.dateOfBirth().get();
        DateAgreement best = DateAgreement.UNKNOWN;
        DateClue matched = null;
        for (DateClue recorded : candidate.datesOfBirth()) {
            DateAgreement agreement = DateAgreement.of(asked, recorded);
            if (matched == null || agreement.weight > best.weight) {
                best = agreement;
                matched = recorded;
            }
        }
        String reason = best.explain(asked, matched);
        return new Evidence(best.weight, reason == null ? List.of() : List.of(reason));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static String title(String folded) {
        return folded == null || folded.isEmpty() ? "" : Character.toUpperCase(folded.charAt(0)) + folded.substring(1);
    }
}
