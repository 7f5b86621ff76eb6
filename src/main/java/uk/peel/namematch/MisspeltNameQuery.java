package uk.peel.namematch;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The words of one name field within a few edits of a query word, its first letter kept (people rarely mistype the
 * first letter), the nearest counting most and at most {@link #EXPANSIONS} of them: what Lucene's
 * {@link FuzzyQuery} does, with the edit automaton built once per word and kept. A profile at a million people put a
 * third of a search's CPU in building those automata (one to two milliseconds for two edits, built again for each
 * field and each search), while officers search for the same common names all day. Names are folded to ASCII
 * letters before indexing, so the automaton needs only the ASCII alphabet, which also makes it a seventh of the
 * size; a word with any other letter (a name in another script) is left to {@link FuzzyQuery}.
 */
final class MisspeltNameQuery extends MultiTermQuery {

    static final int EXPANSIONS = 50;
    private static final int PREFIX = 1;
    /** Automata kept: about 10 KB each for two edits, so a few tens of megabytes at most. */
    private static final int KEPT = 2_048;
    private static final int ASCII = 127;

    private static final Map<String, CompiledAutomaton> KEPT_AUTOMATA = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompiledAutomaton> eldest) {
            return size() > KEPT;
        }
    };

    private final Term term;
    private final int edits;
    private final CompiledAutomaton automaton;

    private MisspeltNameQuery(Term term, int edits, CompiledAutomaton automaton) {
        super(term.field(), new TopTermsBlendedFreqScoringRewrite(EXPANSIONS));
        this.term = term;
        this.edits = edits;
        this.automaton = automaton;
    }

    /** The clause for {@code word} in {@code field} within {@code edits} (1 or 2) edits. */
    static Query of(String field, String word, int edits) {
        Term term = new Term(field, word);
        if (word.length() <= PREFIX || !word.chars().allMatch(c -> c <= ASCII)) {
            return new FuzzyQuery(term, edits, PREFIX, EXPANSIONS, true);
        }
        return new MisspeltNameQuery(term, edits, automaton(word, edits));
    }

    private static CompiledAutomaton automaton(String word, int edits) {
        String key = edits + ":" + word;
        synchronized (KEPT_AUTOMATA) {
            CompiledAutomaton kept = KEPT_AUTOMATA.get(key);
            if (kept != null) {
                return kept;
            }
        }
        Automaton edited = new LevenshteinAutomata(word.substring(PREFIX).codePoints().toArray(), ASCII, true)
                .toAutomaton(edits, word.substring(0, PREFIX));
        // Binary: over ASCII a code point is its UTF-8 byte, so no conversion to UTF-8 is needed.
        CompiledAutomaton built = new CompiledAutomaton(edited, true, false, true);
        synchronized (KEPT_AUTOMATA) {
            KEPT_AUTOMATA.putIfAbsent(key, built);
        }
        return built;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        return new Nearest(automaton.getTermsEnum(terms), term.text(), edits);
    }

    /** Each word the automaton accepts, boosted as {@link FuzzyQuery} boosts it: 1 − edits ÷ the shorter length. */
    private static final class Nearest extends FilteredTermsEnum {

        private final String word;
        private final int edits;
        private final BoostAttribute boost;

        Nearest(TermsEnum accepted, String word, int edits) {
            super(accepted, false);
            this.word = word;
            this.edits = edits;
            this.boost = attributes().addAttribute(BoostAttribute.class);
        }

        @Override
        protected AcceptStatus accept(BytesRef candidate) {
            String found = candidate.utf8ToString();
            int distance = Math.min(edits, EditDistance.between(word, found, edits));
            boost.setBoost(distance == 0 ? 1f : 1f - (float) distance / Math.min(found.length(), word.length()));
            return AcceptStatus.YES;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.consumeTermsMatching(this, field, () -> automaton.runAutomaton);
        }
    }

    @Override
    public String toString(String field) {
        return (this.field.equals(field) ? "" : this.field + ":") + term.text() + "~" + edits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MisspeltNameQuery that && term.equals(that.term) && edits == that.edits;
    }

    @Override
    public int hashCode() {
        return 31 * term.hashCode() + edits;
    }
}
