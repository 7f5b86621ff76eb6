package uk.peel.namematch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

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
    /** What the scorer needs of a person ({@link CandidateCodec}), as a doc value. */
    static final String CANDIDATE_VALUE = "candidate_value";
    /** The id again, as a doc value: reading it for a hundred candidates must not decompress stored-field blocks. */
    static final String ID_VALUE = "id_value";
    /**
     * Where the candidate was a stored field before it was a doc value: read for people indexed then, until the next
     * reindex. Lucene does not let one field change from stored to doc values within an index, hence a new name.
     */
    static final String STORED_CANDIDATE = "candidate";
    static final String LISTING = "listing";

    /**
     * What is indexed and how. Raise it when a release indexes people differently (new keys, fields or codec): an
     * index built before then is rebuilt at start, beside itself, while searches go on using it (decision 0023).
     * An index from before layouts were stamped has none, and counts as older.
     */
    public static final String LAYOUT = "2";
    private static final String LAYOUT_KEY = "peel.layout";

    /** Candidates gathered per search before scoring; enough that the scorer, not Lucene, decides the ranking. */
    static final int CANDIDATES = 100;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final MatchScorer scorer;
    private final NameVariants variants;
    private final SurnameFrequencies surnames;
    /** The layout this index was built with: this release's for a new index, else what its last commit says. */
    private final String layout;

    private NameIndex(Directory directory, MatchScorer scorer, NameVariants variants, SurnameFrequencies surnames) throws IOException {
        this.directory = directory;
        this.layout = DirectoryReader.indexExists(directory)
                ? SegmentInfos.readLatestCommit(directory).getUserData().getOrDefault(LAYOUT_KEY, "none")
                : LAYOUT;
        IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        // Kept on every commit as it was: a release that indexes people into an older index does not make it newer.
        this.writer.setLiveCommitData(java.util.Map.of(LAYOUT_KEY, layout).entrySet());
        this.searchers = new SearcherManager(writer, null);
        this.scorer = scorer;
        this.variants = variants;
        this.surnames = surnames;
    }

    public static NameIndex onDisk(Path path, NameVariants variants, SurnameFrequencies surnames) {
        try {
            return new NameIndex(FSDirectory.open(path), new MatchScorer(variants, surnames), variants, surnames);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the name index at " + path, e);
        }
    }

    public static NameIndex inMemory(NameVariants variants, SurnameFrequencies surnames) {
        try {
            return new NameIndex(new ByteBuffersDirectory(), new MatchScorer(variants, surnames), variants, surnames);
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

    /** Adds or replaces a person with no gender or postcode to filter on. Visible after the next {@link #refresh()}. */
    public void put(String id, Candidate candidate) {
        put(id, candidate, Facets.NONE);
    }

    /** Adds or replaces a person, with what filters select on. Visible to searches after the next {@link #refresh()}. */
    public void put(String id, Candidate candidate, Facets facets) {
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
            CandidateQuery.birthKeys(date).forEach(key -> document.add(new StringField(BIRTH, key, Field.Store.NO)));
        }
        Filters.index(document, candidate, facets);
        document.add(new SortedDocValuesField(LISTING, new BytesRef(listingKey(candidate, id))));
        // Doc values, not stored fields: every search reads a hundred of these, and stored fields would decompress a
        // compressed block of other people's records for each (a tenth of a search's CPU at a million people).
        document.add(new BinaryDocValuesField(CANDIDATE_VALUE, new BytesRef(CandidateCodec.encode(candidate))));
        document.add(new BinaryDocValuesField(ID_VALUE, new BytesRef(id)));
        try {
            writer.updateDocument(new Term(ID, id), document);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index person " + id, e);
        }
    }

    /** How people are listed when a search has only filters: by surname, then forenames, as a paper index would be. */
    private static String listingKey(Candidate candidate, String id) {
        Candidate.Name name = candidate.names().isEmpty() ? new Candidate.Name(null, null, "name") : candidate.names().getFirst();
        return String.join(" ", NameTokens.surnameForms(name.surname())) + "\t"
                + String.join(" ", NameTokens.forenameTokens(name.forenames())) + "\t" + id;
    }

    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /**
     * Makes everything put so far visible to searches before returning (cheap when nothing changed). Blocking: the
     * non-blocking refresh returns at once while another thread (the periodic refresh) is refreshing, possibly from
     * before the latest additions, so a rebuild or an indexed record could return before it was searchable.
     */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
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

    /**
     * Merges the index into one segment and makes that durable. A search looks up each of its hundred or so terms
     * in every segment, so one segment answers in about four fifths of the time of the dozen or so that indexing
     * leaves behind (measured at a million people). Searches go on meanwhile, on the segments they started with.
     */
    public void compact() {
        try {
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not compact the name index", e);
        }
        refresh();
    }

    /** How many segments searches read (one after {@link #compact()}, until people are indexed again). */
    public int segments() {
        return withSearcher(searcher -> searcher.getIndexReader().leaves().size());
    }

    /** Whether this index was built the way this release indexes people; if not, it needs rebuilding. */
    public boolean builtWithCurrentLayout() {
        return LAYOUT.equals(layout);
    }

    public int count() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** The best {@code limit} people for the query, best first, each scored and explained. */
    public List<Hit> search(SearchText.Query query, int limit) {
        return search(query, SearchFilters.NONE, limit);
    }

    /**
     * The best {@code limit} people for the query among those the filters select, best first, each scored and
     * explained. Filters narrow without scoring. With filters and nothing to match on (no name, no date of birth),
     * everyone the filters select is listed by surname and forenames.
     */
    public List<Hit> search(SearchText.Query query, SearchFilters filters, int limit) {
        Query gather = CandidateQuery.of(QueryReadings.gatheringWords(query), query.dateOfBirth().stream().toList(), variants);
        Query filter = Filters.query(filters);
        if (gather == null) {
            return filter == null ? List.of() : listing(filter, limit);
        }
        List<QueryReadings.Reading> readings = QueryReadings.of(query);
        return scored(narrowed(gather, filter, null), limit, (stored, shares) -> scorer.score(readings, query.dateOfBirth(),
                stored.names(), stored.candidate().datesOfBirth(), shares));
    }

    /**
     * The people most likely to be the same person as this indexed one, best first, the person themself left out:
     * each compared record to record (every name and alias, every date of birth), the same whichever of the two is
     * asked about. For finding duplicates: a threshold on {@link Match#score()} decides which to offer.
     */
    public List<Hit> similarTo(String id, Candidate candidate, int limit) {
        List<String> words = new ArrayList<>();
        for (Candidate.Name name : candidate.names()) {
            words.addAll(NameTokens.surnameForms(name.surname()));
            words.addAll(NameTokens.forenameTokens(name.forenames()));
        }
        Query gather = CandidateQuery.of(words, candidate.datesOfBirth(), variants);
        if (gather == null) {
            return List.of();
        }
        RecordNames names = RecordNames.of(candidate);
        return scored(narrowed(gather, null, id), limit, (stored, shares) -> scorer.compare(names, candidate.datesOfBirth(),
                stored.names(), stored.candidate().datesOfBirth(), shares));
    }

    private static Query narrowed(Query gather, Query filter, String excludedId) {
        if (filter == null && excludedId == null) {
            return gather;
        }
        BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(gather, BooleanClause.Occur.MUST);
        if (filter != null) {
            narrowed.add(filter, BooleanClause.Occur.FILTER);
        }
        if (excludedId != null) {
            narrowed.add(new TermQuery(new Term(ID, excludedId)), BooleanClause.Occur.MUST_NOT);
        }
        return narrowed.build();
    }

    private List<Hit> scored(Query candidates, int limit, BiFunction<CandidateCodec.Stored, SurnameShares, Match> score) {
        return withSearcher(searcher -> {
            SurnameShares shares = new IndexedShares(searcher.getIndexReader(), surnames);
            ScoreDoc[] gathered = searcher.search(candidates, Math.max(CANDIDATES, limit)).scoreDocs.clone();
            // Doc values are read forwards only, so visit the candidates in document order; the scorer sorts them.
            java.util.Arrays.sort(gathered, Comparator.comparingInt((ScoreDoc doc) -> doc.doc));
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<Hit> hits = new ArrayList<>(gathered.length);
            int leafIndex = -1;
            Entries entries = null;
            for (ScoreDoc doc : gathered) {
                int leaf = ReaderUtil.subIndex(doc.doc, leaves);
                if (leaf != leafIndex) {
                    leafIndex = leaf;
                    entries = new Entries(leaves.get(leaf));
                }
                int inLeaf = doc.doc - leaves.get(leaf).docBase;
                hits.add(new Hit(entries.id(inLeaf), score.apply(CandidateCodec.read(entries.candidate(inLeaf)), shares)));
            }
            hits.sort(BEST_FIRST);
            return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
        });
    }

    /**
     * One segment's ids and candidates. People indexed before these were doc values have them only as stored
     * fields (a merge can mix both kinds in one segment), and are read that way until the next reindex.
     */
    private static final class Entries {
        private final LeafReaderContext leaf;
        private final BinaryDocValues ids;
        private final BinaryDocValues candidates;
        private StoredFields stored;

        Entries(LeafReaderContext leaf) throws IOException {
            this.leaf = leaf;
            this.ids = leaf.reader().getBinaryDocValues(ID_VALUE);
            this.candidates = leaf.reader().getBinaryDocValues(CANDIDATE_VALUE);
        }

        String id(int doc) throws IOException {
            return ids != null && ids.advanceExact(doc) ? ids.binaryValue().utf8ToString() : stored(doc, ID);
        }

        String candidate(int doc) throws IOException {
            return candidates != null && candidates.advanceExact(doc) ? candidates.binaryValue().utf8ToString()
                    : stored(doc, STORED_CANDIDATE);
        }

        private String stored(int doc, String field) throws IOException {
            if (stored == null) {
                stored = leaf.reader().storedFields();
            }
            return stored.document(doc, Set.of(field)).get(field);
        }
    }

    private List<Hit> listing(Query filter, int limit) {
        Match unscored = new Match(MatchScorer.scoreOf(0), 0, List.of("matches the filters; no name or date of birth given to compare"));
        return withSearcher(searcher -> {
            var stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            Sort byName = new Sort(new SortField(LISTING, SortField.Type.STRING));
            for (ScoreDoc doc : searcher.search(new ConstantScoreQuery(filter), Math.max(1, limit), byName).scoreDocs) {
                hits.add(new Hit(stored.document(doc.doc, Set.of(ID)).get(ID), unscored));
            }
            return List.copyOf(hits);
        });
    }

    private interface Searching<T> {
        T using(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Searching<T> searching) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searching.using(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
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
