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
 * The person search index on disk under {@code <data-dir>/index}. It is derived data: written only from the person
 * records' events, and rebuilt from the database whenever it is missing or disagrees with it.
 *
 * <p>A rebuild builds a new index beside the one searches use, and swaps it in only when it is complete, so that
 * searches go on finding everyone meanwhile: a force of ten million records takes about half an hour to rebuild, and
 * a search that missed people during an upgrade is the failure Peel exists to prevent. Changes indexed while the
 * rebuild reads the records go to both indexes, and are read again before the swap, so none is lost to the race
 * between the two. The file {@code index/persons.current} names the directory in use; the rebuild needs room on
 * disk for a second index while it runs.
 */
@Component
class SearchIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int REBUILD_BATCH = 2_000;
    /** Names the directory searches use; absent, it is {@code persons} (before rebuilds were side by side). */
    private static final String CURRENT = "persons.current";
    private static final String FIRST = "persons";
    /** How long a swapped-out index stays open for searches that had already started on it. */
    private static final java.time.Duration RETIRE_AFTER = java.time.Duration.ofSeconds(30);

    private final Path root;
    private final PersonRecords persons;
    private final ScoringThreads scoring;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    /** Held while indexing a change, and while a rebuild catches up and swaps, so no change falls between. */
    private final Object writes = new Object();
    private volatile NameIndex index;
    private volatile Path indexPath;
    /** The index being rebuilt, while it is; guarded by {@link #writes}. */
    private NameIndex next;
    /** Ids indexed or removed while a rebuild reads the records; guarded by {@link #writes}. */
    private final java.util.Set<String> touched = new java.util.HashSet<>();
    /** A swapped-out index still open for searches that started on it. */
    private volatile NameIndex retiring;

    SearchIndex(PeelProperties properties, PersonRecords persons, ScoringThreads scoring) throws java.io.IOException {
        this.root = Files.createDirectories(properties.dataDir().resolve("index"));
        this.indexPath = root.resolve(currentName(root));
        this.index = open(indexPath);
        this.persons = persons;
        this.scoring = scoring;
        removeLeftovers();
    }

    private static String currentName(Path root) throws java.io.IOException {
        Path current = root.resolve(CURRENT);
        return Files.exists(current) ? Files.readString(current).strip() : FIRST;
    }

    private static NameIndex open(Path path) throws java.io.IOException {
        Files.createDirectories(path);
        return NameIndex.onDisk(path, NameVariants.standard(), SurnameFrequencies.standardUk());
    }

    /** Index directories other than the one in use: a rebuild cut short by a crash, or one swapped out before it. */
    private void removeLeftovers() throws java.io.IOException {
        try (var dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(dir -> dir.getFileName().toString().startsWith(FIRST))
                    .filter(dir -> !dir.equals(indexPath)).toList()) {
                log.info("Removing {}, an index directory no longer in use", dir);
                deleteTree(dir);
            }
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        org.springframework.util.FileSystemUtils.deleteRecursively(dir);
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
        synchronized (writes) {
            people.forEach(person -> put(index, person));
            index.commit();
            index.refresh();
            if (next != null) {
                people.forEach(person -> {
                    put(next, person);
                    touched.add(person.id().toString());
                });
            }
        }
    }

    /** Takes a person out of the index (merged into another record) and makes that durable and visible. */
    void remove(uk.peel.person.PersonId id) {
        synchronized (writes) {
            index.delete(id.toString());
            index.commit();
            index.refresh();
            if (next != null) {
                next.delete(id.toString());
                touched.add(id.toString());
            }
        }
    }

    private static void put(NameIndex index, Person person) {
        index.put(person.id().toString(), PersonCandidates.of(person), PersonCandidates.facets(person));
    }

    /** True when the index was built the way this release indexes people and holds as many people as the database. */
    boolean agreesWithRecords() {
        return index.builtWithCurrentLayout() && index.count() == persons.count();
    }

    /** Builds the index again from every current record, beside the one in use, and swaps it in when complete. */
    long rebuild() {
        return rebuild(REBUILD_BATCH, batch -> { });
    }

    /**
     * As {@link #rebuild()}, reading {@code batchSize} records at a time and handing each batch, once read and
     * before it is indexed, to {@code read} (tests use it to change a record in between).
     */
    long rebuild(int batchSize, java.util.function.Consumer<List<Person>> read) {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("The search index is already being rebuilt");
        }
        Path path = root.resolve(FIRST + "-" + System.currentTimeMillis());
        NameIndex fresh = null;
        try {
            long started = System.nanoTime();
            fresh = open(path);
            synchronized (writes) {
                next = fresh;
                touched.clear();
            }
            NameIndex building = fresh;
            long[] count = {0};
            persons.forEachForDerivedData(batchSize, batch -> {
                read.accept(batch);
                batch.forEach(person -> put(building, person));
                count[0] += batch.size();
            });
            fresh.compact();
            NameIndex retired;
            Path retiredPath;
            synchronized (writes) {
                catchUp(fresh);
                fresh.commit();
                fresh.refresh();
                uk.peel.platform.FileReplacement.replace(root.resolve(CURRENT),
                        path.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                retired = index;
                retiredPath = indexPath;
                index = fresh;
                indexPath = path;
                next = null;
                touched.clear();
            }
            retire(retired, retiredPath);
            log.info("Rebuilt the person search index: {} people in {} ms", count[0], (System.nanoTime() - started) / 1_000_000);
            return count[0];
        } catch (java.io.IOException e) {
            abandon(fresh, path);
            throw new java.io.UncheckedIOException("Could not rebuild the search index in " + path, e);
        } catch (RuntimeException e) {
            abandon(fresh, path);
            throw e;
        } finally {
            rebuilding.set(false);
        }
    }

    /**
     * Reads again the people indexed or removed while the rebuild read the records: the rebuild may have read one
     * before a change and put it after the change was indexed, and a record merged away meanwhile must not return.
     */
    private void catchUp(NameIndex fresh) {
        List<String> ids = List.copyOf(touched);
        for (int from = 0; from < ids.size(); from += REBUILD_BATCH) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + REBUILD_BATCH));
            java.util.Map<String, Person> now = new java.util.HashMap<>();
            persons.currentForDerivedData(some.stream().map(uk.peel.person.PersonId::of).toList())
                    .forEach(person -> now.put(person.id().toString(), person));
            for (String id : some) {
                Person person = now.get(id);
                if (person == null || person.mergedInto().isPresent()) {
                    fresh.delete(id);
                } else {
                    put(fresh, person);
                }
            }
        }
    }

    /** Closes a swapped-out index once searches already running on it have had time to finish, then deletes it. */
    private void retire(NameIndex retired, Path retiredPath) {
        retiring = retired;
        Thread.ofVirtual().name("search-index-retire").start(() -> {
            try {
                Thread.sleep(RETIRE_AFTER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            retired.close();
            retiring = null;
            try {
                deleteTree(retiredPath);
            } catch (java.io.IOException e) {
                log.warn("Could not delete {}, the search index before the rebuild; it is removed at the next start", retiredPath, e);
            }
        });
    }

    private void abandon(NameIndex fresh, Path path) {
        synchronized (writes) {
            next = null;
            touched.clear();
        }
        if (fresh != null) {
            fresh.close();
        }
        try {
            deleteTree(path);
        } catch (java.io.IOException e) {
            log.warn("Could not delete {}, an abandoned rebuild; it is removed at the next start", path, e);
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
        synchronized (writes) {
            if (next != null) {
                next.close(); // the rebuild then fails and removes its directory; the next start checks again
            }
        }
        NameIndex retired = retiring;
        if (retired != null) {
            retired.close();
        }
        index.close();
    }
}
