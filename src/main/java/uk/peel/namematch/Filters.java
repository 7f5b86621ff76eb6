package uk.peel.namematch;

import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The index fields search filters select on, and the Lucene filter clauses that select on them. Filters never
 * score: a person either is in range or is not.
 */
final class Filters {

    static final String GENDER = "gender";
    static final String POSTCODE = "postcode";
    static final String BORN = "born";

    private Filters() {
    }

    static void index(Document document, Candidate candidate, Facets facets) {
        if (facets.gender() != null && !facets.gender().isBlank()) {
            document.add(new StringField(GENDER, facets.gender().strip().toUpperCase(Locale.ROOT), Field.Store.NO));
        }
        facets.postcodes().stream().filter(postcode -> postcode != null && !postcode.isBlank())
                .flatMap(postcode -> Postcodes.keys(postcode).stream()).distinct()
                .forEach(key -> document.add(new StringField(POSTCODE, key, Field.Store.NO)));
        candidate.datesOfBirth().stream().mapToInt(DateClue::year).distinct()
                .forEach(year -> document.add(new IntPoint(BORN, year)));
    }

    /** Every filter given, each as a non-scoring clause; null when none is. */
    static Query query(SearchFilters filters) {
        if (filters == null || filters.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (filters.gender() != null) {
            all.add(new TermQuery(new Term(GENDER, filters.gender().toUpperCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (filters.postcode() != null) {
            all.add(new TermQuery(new Term(POSTCODE, Postcodes.filterKey(filters.postcode()))), BooleanClause.Occur.FILTER);
        }
        if (filters.bornFrom() != null || filters.bornTo() != null) {
            int from = filters.bornFrom() == null ? Integer.MIN_VALUE : filters.bornFrom();
            int to = filters.bornTo() == null ? Integer.MAX_VALUE : filters.bornTo();
            all.add(IntPoint.newRangeQuery(BORN, from, to), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }
}
