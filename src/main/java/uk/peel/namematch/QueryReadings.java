package uk.peel.namematch;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways a query's words can be read as a surname and forenames, worked out once per search and then compared
 * with every candidate. Free text is read both ways round (surname last, as people say names; surname first, as
 * police indexes write them), and also with two neighbouring words run together, because a stray space
 * ("satte rley") is as common a slip as a wrong letter. A name stated in the advanced form's fields has one reading.
 */
final class QueryReadings {

    /** Reading the words against how they were written costs a little, so the written order wins a tie. */
    static final double SWAP_PENALTY = 0.5;
    static final double JOIN_PENALTY = 1.0;
    /**
     * A record keyed with forename and surname swapped: 4.2% of FEBRL dataset 3's duplicate pairs, so reading a
     * record that way costs log2(0.958 / 0.042) bits. A search box has no such settled order, hence the far smaller
     * {@link #SWAP_PENALTY} for free text.
     */
    static final double RECORD_SWAP_PENALTY = 4.5;
    /** A match through an alias counts a little less than one through the person's own name. */
    static final double ALIAS_PENALTY = 0.25;
    /** A single word read as a forename: a forename alone says little about who someone is. */
    static final double FORENAME_ONLY_PENALTY = 2.0;

    /**
     * One reading: the surname's forms (any may match), the forenames in order, what reading it this way costs and
     * the sentences that say so. A reading that runs two words together names the joined word: it stands only if
     * that word then agrees with the record, or any two words could be run together to hide a disagreement.
     */
    record Reading(List<Spelling> surname, List<Spelling> forenames, double penalty, List<String> notes, Spelling joined,
            boolean fromAlias) {

        Reading(List<Spelling> surname, List<Spelling> forenames, double penalty, List<String> notes, Spelling joined) {
            this(surname, forenames, penalty, notes, joined, false);
        }
    }

    private QueryReadings() {
    }

    static List<Reading> of(SearchText.Query query) {
        if (query.stated().isPresent()) {
            SearchText.StatedName name = query.stated().get();
            List<Spelling> surname = NameTokens.surnameForms(name.surname()).stream().map(Spelling::of).toList();
            List<Spelling> forenames = NameTokens.forenameTokens(name.forenames()).stream().map(Spelling::of).toList();
            return surname.isEmpty() && forenames.isEmpty() ? List.of() : List.of(new Reading(surname, forenames, 0, List.of(), null));
        }
        List<String> words = words(query);
        List<Spelling> spelt = words.stream().map(Spelling::of).toList();
        List<Reading> readings = new ArrayList<>();
        read(spelt, query.surnameFirst(), 0, List.of(), null, readings);
        for (int i = 0; i + 1 < words.size(); i++) {
            List<Spelling> joined = new ArrayList<>(spelt);
            String together = words.get(i) + words.get(i + 1);
            Spelling word = Spelling.of(together);
            joined.set(i, word);
            joined.remove(i + 1);
            String note = "read \"" + words.get(i) + " " + words.get(i + 1) + "\" as " + MatchScorer.title(together);
            read(joined, query.surnameFirst(), JOIN_PENALTY, List.of(note), word, readings);
        }
        for (ParticleJoin join : particleJoins(query)) {
            List<Spelling> joined = new ArrayList<>(spelt);
            Spelling word = Spelling.of(join.together());
            joined.set(join.at(), word);
            String note = "read \"" + join.particle() + " " + words.get(join.at()) + "\" as " + MatchScorer.title(join.together());
            read(joined, query.surnameFirst(), JOIN_PENALTY, List.of(note), word, readings);
        }
        return readings;
    }

    /**
     * A particle typed apart from the word after it, run back together: "Mc Donald", "Le Roux", "Van Dyke" and "La
     * Rue" are as often recorded "McDonald", "Leroux", "Vandyke" and "Larue", and the other way round, and a stray
     * space after a name's first two letters makes the same shape ("La ndau" for Landau). {@link #words} drops the
     * particle, which finds "Roux" in "Le Roux" but not the run-together record; this puts it back.
     *
     * @param particle the particle as typed, folded
     * @param at       where in {@link #words} the word it joins stands
     * @param together the two run together
     */
    record ParticleJoin(String particle, int at, String together) {
    }

    static List<ParticleJoin> particleJoins(SearchText.Query query) {
        if (query.stated().isPresent()) {
            return List.of(); // a surname stated in its field already keeps its run-together form (NameTokens.surnameForms)
        }
        List<String> all = new ArrayList<>();
        query.names().forEach(name -> all.addAll(NameTokens.forenameTokens(name)));
        List<ParticleJoin> joins = new ArrayList<>();
        int kept = 0;
        int i = 0;
        while (i < all.size()) {
            if (!dropped(all, i, query.surnameFirst())) {
                kept++;
                i++;
                continue;
            }
            // A run of particles ("van der") joins the word after it whole: "Vanderberg".
            StringBuilder particles = new StringBuilder();
            int word = i;
            while (dropped(all, word, query.surnameFirst())) {
                particles.append(particles.isEmpty() ? "" : " ").append(all.get(word));
                word++;
            }
            joins.add(new ParticleJoin(particles.toString(), kept, particles.toString().replace(" ", "") + all.get(word)));
            i = word;
        }
        return joins;
    }

    /** Whether {@link #words} drops the word at {@code i} as a particle. */
    private static boolean dropped(List<String> all, int i, boolean surnameFirst) {
        boolean opensForenameFirst = i == 0 && !surnameFirst;
        return NameTokens.isParticle(all.get(i)) && i < all.size() - 1 && !opensForenameFirst;
    }

    /**
     * The words candidates are gathered by: the query's name words and any particle run back into its word. A
     * particle opening a query written forename first is kept as a forename ("Ben Grubb"), but may as well open a
     * surname typed alone ("le roux" for Leroux), so that run-together word gathers too; the readings already
     * include it (any two words read together).
     */
    static List<String> gatheringWords(SearchText.Query query) {
        List<String> words = new ArrayList<>(words(query));
        particleJoins(query).forEach(join -> words.add(join.together()));
        if (query.stated().isEmpty() && !query.surnameFirst() && words.size() > 1 && NameTokens.isParticle(words.getFirst())) {
            words.add(words.get(0) + words.get(1));
        }
        return words;
    }

    /**
     * A record's names read as a query, to compare one record with another: each name as recorded (an alias says
     * so), and with forenames and surname swapped, a common slip when a record is keyed.
     */
    static List<Reading> of(RecordNames record) {
        List<Reading> readings = new ArrayList<>();
        for (RecordNames.Part part : record.names()) {
            Candidate.Name name = part.name();
            boolean alias = !"name".equals(name.kind());
            double penalty = alias ? ALIAS_PENALTY : 0;
            List<String> notes = alias ? List.of("matched on " + name.kind() + " " + name.written()) : List.of();
            readings.add(new Reading(part.surnameForms(), part.forenames(), penalty, notes, null, alias));
            if (!part.forenames().isEmpty() && !part.surnameForms().isEmpty()) {
                readings.add(new Reading(part.forenames().subList(0, 1), part.surnameForms().subList(0, 1), penalty + RECORD_SWAP_PENALTY,
                        with(notes, "forename and surname swapped"), null, alias));
            }
        }
        return readings;
    }

    /**
     * The query's name words, folded. A particle ("van", "de", "bin") is dropped when a name part follows it, as in
     * a surname, but kept when it opens a query written forename first: there it is a forename ("Ben Grubb").
     */
    static List<String> words(SearchText.Query query) {
        if (query.stated().isPresent()) {
            SearchText.StatedName name = query.stated().get();
            List<String> words = new ArrayList<>(NameTokens.forenameTokens(name.forenames()));
            words.addAll(NameTokens.surnameForms(name.surname()));
            return words;
        }
        List<String> all = new ArrayList<>();
        query.names().forEach(name -> all.addAll(NameTokens.forenameTokens(name)));
        List<String> words = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            if (!dropped(all, i, query.surnameFirst())) {
                words.add(all.get(i));
            }
        }
        return words;
    }

    private static void read(List<Spelling> words, boolean surnameFirst, double penalty, List<String> notes, Spelling joined,
            List<Reading> out) {
        if (words.isEmpty()) {
            return;
        }
        if (words.size() == 1) {
            out.add(new Reading(words, List.of(), penalty, notes, joined));
            out.add(new Reading(List.of(), words, penalty + FORENAME_ONLY_PENALTY, notes, joined));
            return;
        }
        List<Spelling> lastAsSurname = words.subList(0, words.size() - 1);
        List<Spelling> firstAsSurname = words.subList(1, words.size());
        out.add(new Reading(List.of(words.getLast()), lastAsSurname, penalty + (surnameFirst ? SWAP_PENALTY : 0),
                surnameFirst ? with(notes, "forename and surname swapped") : notes, joined));
        out.add(new Reading(List.of(words.getFirst()), firstAsSurname, penalty + (surnameFirst ? 0 : SWAP_PENALTY),
                surnameFirst ? notes : with(notes, "forename and surname swapped"), joined));
    }

    private static List<String> with(List<String> notes, String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return more;
    }
}
