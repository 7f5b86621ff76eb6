package uk.peel.namematch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An in-process Lucene index of people by name and date of birth, searched in two steps: Lucene gathers a few
 * hundred candidates sharing any exact, misspelt (edit distance), sound-alike or nickname form of a query word or
 * the date of birth; the {@link MatchScorer} then scores each candidate properly and explains it. The index holds
 * only what matching needs and is derived data: it can always be rebuilt from the records.
 */
public final class NameIndex implements AutoCloseable {

    static final String ID = "id";
    static final String SURNAME = "sn";
    static final String FORENAME = "fn";
    static final String SURNAME_SOUND = "sns";
    static final String FORENAME_SOUND = "fns";
    static final String BIRTH = "dob";
    static final String CANDIDATE = "candidate";

    /** Candidates gathered per search before scoring; enough that the scorer, not Lucene, decides the ranking. */
    static final int CANDIDATES = 100;
    private static final int MAX_VARIANTS = 40;
    /** Letters of a surname's opening that variants sharing its stem are gathered by. */
    private static final int STEM = 4;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final MatchScorer scorer;
    private final NameVariants variants;

    private NameIndex(Directory directory, MatchScorer scorer, NameVariants variants) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        this.scorer = scorer;
        this.variants = variants;
    }

    public static NameIndex onDisk(Path path, NameVariants variants, SurnameFrequencies surnames) {
        try {
            return new NameIndex(FSDirectory.open(path), new MatchScorer(variants, surnames), variants);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the name index at " + path, e);
        }
    }

    public static NameIndex inMemory(NameVariants variants, SurnameFrequencies surnames) {
        try {
            return new NameIndex(new ByteBuffersDirectory(), new MatchScorer(variants, surnames), variants);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One search result: the person's id and how well they match. */
    public record Hit(String id, Match match) {
    }

    /**
     * Strongest evidence first; equal evidence in id order, so the same search lists the same people in the same
     * order after a reindex (Lucene's own order of equal candidates depends on how its segments were merged).
     */
    static final Comparator<Hit> BEST_FIRST = Comparator.comparingDouble((Hit hit) -> hit.match().weight()).reversed()
            .thenComparing(Hit::id);

    /** Adds or replaces a person. Visible to searches after the next {@link #refresh()}. */
    public void put(String id, Candidate candidate) {
        Document document = new Document();
        document.add(new StringField(ID, id, Field.Store.YES));
        Set<String> surnames = new LinkedHashSet<>();
        Set<String> forenames = new LinkedHashSet<>();
        for (Candidate.Name name : candidate.names()) {
            surnames.addAll(NameTokens.surnameForms(name.surname()));
            forenames.addAll(NameTokens.forenameTokens(name.forenames()));
        }
        for (String surname : surnames) {
            document.add(new StringField(SURNAME, surname, Field.Store.NO));
            PhoneticKeys.of(surname).forEach(key -> document.add(new StringField(SURNAME_SOUND, key, Field.Store.NO)));
        }
        for (String forename : forenames) {
            document.add(new StringField(FORENAME, forename, Field.Store.NO));
            PhoneticKeys.of(forename).forEach(key -> document.add(new StringField(FORENAME_SOUND, key, Field.Store.NO)));
        }
        for (DateClue date : candidate.datesOfBirth()) {
            birthKeys(date).forEach(key -> document.add(new StringField(BIRTH, key, Field.Store.NO)));
        }
        document.add(new StoredField(CANDIDATE, CandidateCodec.encode(candidate)));
        try {
            writer.updateDocument(new Term(ID, id), document);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index person " + id, e);
        }
    }

    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything put so far visible to searches (cheap when nothing changed). */
    public void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything put so far durable on disk. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int count() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The best {@code limit} people for the query, best first, each scored and explained. */
    public List<Hit> search(SearchText.Query query, int limit) {
        Query candidates = candidateQuery(query);
        if (candidates == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Hit> hits = new ArrayList<>();
                var stored = searcher.storedFields();
                List<QueryReadings.Reading> readings = QueryReadings.of(query);
                for (ScoreDoc doc : searcher.search(candidates, Math.max(CANDIDATES, limit)).scoreDocs) {
                    Document document = stored.document(doc.doc);
                    CandidateCodec.Stored candidate = CandidateCodec.read(document.get(CANDIDATE));
                    hits.add(new Hit(document.get(ID), scorer.score(readings, query.dateOfBirth(), candidate.names(),
                            candidate.candidate().datesOfBirth())));
                }
                hits.sort(BEST_FIRST);
                return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    private Query candidateQuery(SearchText.Query query) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : QueryReadings.words(query)) {
            {
                add(any, new TermQuery(new Term(SURNAME, word)), 4);
                add(any, new TermQuery(new Term(FORENAME, word)), 3);
                int edits = Math.min(2, EditDistance.allowedFor(word));
                if (edits > 0) {
                    add(any, new FuzzyQuery(new Term(SURNAME, word), edits, 1, 50, true), 2);
                    add(any, new FuzzyQuery(new Term(FORENAME, word), edits, 1, 50, true), 1.5f);
                }
                if (word.length() > STEM) {
                    // Variants sharing a stem lie beyond two edits (Clarkson, Clarke): the scorer's "spelt much like".
                    add(any, new PrefixQuery(new Term(SURNAME, word.substring(0, STEM))), 0.5f);
                }
                for (String key : PhoneticKeys.of(word)) {
                    add(any, new TermQuery(new Term(SURNAME_SOUND, key)), 1.5f);
                    add(any, new TermQuery(new Term(FORENAME_SOUND, key)), 1);
                }
                variants.of(word).keySet().stream().limit(MAX_VARIANTS)
                        .forEach(variant -> add(any, new TermQuery(new Term(FORENAME, variant)), 2));
                clauses++;
            }
        }
        if (query.dateOfBirth().isPresent()) {
            DateClue date = query.dateOfBirth().get();
            for (String key : birthKeys(date)) {
                add(any, new TermQuery(new Term(BIRTH, key)), key.startsWith("d:") ? 3 : 1);
            }
            if (date.hasDay() && date.day() <= 12) {
                add(any, new TermQuery(new Term(BIRTH, "d:" + new DateClue(date.month(), date.day(), date.year()))), 2);
            }
            clauses++;
        }
        return clauses == 0 ? null : any.build();
    }

    private static void add(BooleanQuery.Builder builder, Query query, float boost) {
        builder.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
    }

    /** A birth date is found by its whole date, its month and its year; a query adds only the keys it has. */
    private static List<String> birthKeys(DateClue date) {
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

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the name index cleanly", e);
        }
    }
}
