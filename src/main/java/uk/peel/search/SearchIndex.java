package uk.peel.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.peel.namematch.NameIndex;
import uk.peel.namematch.NameVariants;
import uk.peel.namematch.SearchFilters;
import uk.peel.namematch.SearchText;
import uk.peel.namematch.SurnameFrequencies;
import uk.peel.person.Person;
import uk.peel.person.PersonRecords;
import uk.peel.platform.PeelProperties;

/**
 * The person search index on disk under {@code <data-dir>/index/persons}. It is derived data: written only from the
 * person records' events, and rebuilt from the database whenever it is missing or disagrees with it.
 */
@Component
class SearchIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int REBUILD_BATCH = 2_000;

    private final NameIndex index;
    private final PersonRecords persons;
    private final ScoringThreads scoring;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    SearchIndex(PeelProperties properties, PersonRecords persons, ScoringThreads scoring) throws java.io.IOException {
        Path path = properties.dataDir().resolve("index").resolve("persons");
        Files.createDirectories(path);
        this.index = NameIndex.onDisk(path, NameVariants.standard(), SurnameFrequencies.standardUk());
        this.persons = persons;
        this.scoring = scoring;
    }

    NameIndex names() {
        return index;
    }

    /** The best {@code limit} people for a user's query, scored on the search's own threads (see {@link ScoringThreads}). */
    List<NameIndex.Hit> search(SearchText.Query query, SearchFilters filters, int limit) {
        return scoring.score(() -> index.search(query, filters, limit));
    }

    /** Indexes these records and makes them durable and searchable before returning. */
    void index(List<Person> people) {
        people.forEach(person -> index.put(person.id().toString(), PersonCandidates.of(person), PersonCandidates.facets(person)));
        index.commit();
        index.refresh();
    }

    /** Takes a person out of the index (merged into another record) and makes that durable and visible. */
    void remove(uk.peel.person.PersonId id) {
        index.delete(id.toString());
        index.commit();
        index.refresh();
    }

    /** True when the index holds exactly as many people as the database. */
    boolean agreesWithRecords() {
        return index.count() == persons.count();
    }

    /** Throws the index away and builds it again from every current record. */
    long rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("The search index is already being rebuilt");
        }
        try {
            long started = System.nanoTime();
            index.deleteAll();
            long[] count = {0};
            persons.forEachForDerivedData(REBUILD_BATCH, batch -> {
                batch.forEach(person -> index.put(person.id().toString(), PersonCandidates.of(person), PersonCandidates.facets(person)));
                count[0] += batch.size();
            });
            index.compact();
            log.info("Rebuilt the person search index: {} people in {} ms", count[0], (System.nanoTime() - started) / 1_000_000);
            return count[0];
        } finally {
            rebuilding.set(false);
        }
    }

    /**
     * Merges the day's indexing into one segment at a quiet hour, so searches stay as fast as after a rebuild.
     * Skipped while a rebuild runs (a rebuild compacts when it ends).
     */
    @Scheduled(cron = "${peel.search.compact-cron:0 30 3 * * *}", zone = "Europe/London")
    void compact() {
        if (rebuilding.get()) {
            return;
        }
        long started = System.nanoTime();
        int before = index.segments();
        index.compact();
        log.info("Compacted the person search index from {} segments to {} in {} ms", before, index.segments(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Keeps searches at most a fraction of a second behind what has been indexed. */
    @Scheduled(fixedDelay = 200)
    void refresh() {
        index.refresh();
    }

    @Override
    public void close() {
        index.close();
    }
}
