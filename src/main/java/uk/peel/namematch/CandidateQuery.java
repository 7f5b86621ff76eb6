package uk.peel.namematch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene query that gathers candidates: anyone sharing an exact, misspelt (edit distance), stem-sharing,
 * sound-alike or nickname form of a name word, or a birth-date key. Deliberately broad; the scorer decides.
 */
final class CandidateQuery {

    /**
     * Name words used to gather. Each word expands to a hundred or so terms (fuzzy forms, sound keys, nicknames) and
     * Lucene refuses a query of more than 1,024; six words cover a full name with middle names and an alias.
     */
    static final int MAX_WORDS = 6;
    private static final int MAX_VARIANTS = 20;
    /** Letters of a surname's opening that variants sharing its stem are gathered by. */
    private static final int STEM = 4;

    private CandidateQuery() {
    }

    /** Null when there is nothing to gather by: no name word and no date. */
    static Query of(Collection<String> words, Collection<DateClue> dates, NameVariants variants) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : words.stream().distinct().limit(MAX_WORDS).toList()) {
            add(any, new TermQuery(new Term(NameIndex.SURNAME, word)), 4);
            add(any, new TermQuery(new Term(NameIndex.FORENAME, word)), 3);
            int edits = Math.min(2, EditDistance.allowedFor(word));
            if (edits > 0) {
                add(any, MisspeltNameQuery.of(NameIndex.SURNAME, word, edits), 2);
                add(any, MisspeltNameQuery.of(NameIndex.FORENAME, word, edits), 1.5f);
            }
            if (word.length() > STEM) {
                // Variants sharing a stem lie beyond two edits (Clarkson, Clarke): the scorer's "spelt much like".
                add(any, new PrefixQuery(new Term(NameIndex.SURNAME, word.substring(0, STEM))), 0.5f);
            }
            for (String key : PhoneticKeys.of(word)) {
                add(any, new TermQuery(new Term(NameIndex.SURNAME_SOUND, key)), 1.5f);
                add(any, new TermQuery(new Term(NameIndex.FORENAME_SOUND, key)), 1);
            }
            variants.of(word).keySet().stream().limit(MAX_VARIANTS)
                    .forEach(variant -> add(any, new TermQuery(new Term(NameIndex.FORENAME, variant)), 2));
            clauses++;
        }
        for (DateClue date : dates.stream().distinct().limit(3).toList()) {
            for (String key : birthKeys(date)) {
                add(any, new TermQuery(new Term(NameIndex.BIRTH, key)), key.startsWith("d:") ? 3 : 1);
            }
            if (date.hasDay() && date.day() <= 12) {
                add(any, new TermQuery(new Term(NameIndex.BIRTH, "d:" + new DateClue(date.month(), date.day(), date.year()))), 2);
            }
            clauses++;
        }
        return clauses == 0 ? null : any.build();
    }

    private static void add(BooleanQuery.Builder builder, Query query, float boost) {
        builder.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
    }

    /** A birth date is found by its whole date, its month and its year; a query adds only the keys it has. */
    static List<String> birthKeys(DateClue date) {
        List<String> keys = new ArrayList<>(3);
        keys.add("y:" + date.year());
        if (date.hasMonth()) {
            keys.add("m:" + new DateClue(null, date.month(), date.year()));
        }
        if (date.hasDay()) {
            keys.add("d:" + date);
        }
        return keys;
    }
}
