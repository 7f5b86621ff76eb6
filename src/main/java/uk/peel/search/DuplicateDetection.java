package uk.peel.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.namematch.MatchScorer;
import uk.peel.namematch.NameIndex;
import uk.peel.person.Person;
import uk.peel.person.PersonId;
import uk.peel.person.PersonRecords;
import uk.peel.person.PersonsMerged;
import uk.peel.platform.access.CurrentUser;

/**
 * Finds probable duplicate person records, so that the force can work towards one golden record per person. Every
 * record is compared with the others the index gathers for it, record to record (every name and alias, every date
 * of birth, both ways round); any other record scoring at least the threshold (0.7 by default: the best F1 on FEBRL
 * dataset 3, see docs/benchmarks.md) is a probable duplicate, offered with the matcher's evidence for a
 * person to compare and merge or dismiss. A full scan runs nightly and on demand; a record created or corrected
 * is checked as soon as it is indexed. Decisions are kept: a dismissed pair is never offered again.
 */
@Service
public class DuplicateDetection {

    private static final Logger log = LoggerFactory.getLogger(DuplicateDetection.class);
    private static final int SCAN_BATCH = 1_000;
    private static final int NEIGHBOURS = 10;
    /** The population the threshold was chosen on: FEBRL dataset 3. */
    private static final double CALIBRATION_POPULATION = 5_000;

    private final SearchIndex index;
    private final PersonRecords persons;
    private final DuplicatePairs pairs;
    private final Clock clock;
    private final double threshold;
    private final AtomicBoolean scanning = new AtomicBoolean();

    DuplicateDetection(SearchIndex index, PersonRecords persons, DuplicatePairs pairs, Clock clock,
                       @Value("${peel.duplicates.threshold:0.7}") double threshold) {
        this.index = index;
        this.persons = persons;
        this.pairs = pairs;
        this.clock = clock;
        this.threshold = threshold;
    }

    /** What a scan did. */
    public record Scan(long peopleChecked, long pairsOffered, long openPairs, long millis) {
    }

    /** A probable duplicate pair with both records, for a person to compare. */
    public record Review(DuplicatePair pair, Person first, Person second) {
    }

    @Scheduled(cron = "${peel.duplicates.cron:0 30 2 * * *}", zone = "Europe/London")
    void nightly() {
        if (!scanning.get()) {
            scan();
        }
    }

    /** Checks every current record against all the others. */
    public Scan scan() {
        if (!scanning.compareAndSet(false, true)) {
            throw new IllegalStateException("A duplicate scan is already running");
        }
        try {
            long started = System.nanoTime();
            long[] checked = {0, 0};
            persons.forEachForDerivedData(SCAN_BATCH, batch -> {
                checked[1] += check(batch);
                checked[0] += batch.size();
            });
            Scan scan = new Scan(checked[0], checked[1], pairs.countOpen(), (System.nanoTime() - started) / 1_000_000);
            log.info("Duplicate scan: {} people checked, {} probable pairs offered, {} open, {} ms",
                    scan.peopleChecked(), scan.pairsOffered(), scan.openPairs(), scan.millis());
            return scan;
        } finally {
            scanning.set(false);
        }
    }

    /**
     * The evidence (in bits) a pair needs. The threshold is a score on FEBRL dataset 3's scale, 5,000 records; among
     * N records, chance agreement on a name and date of birth is N / 5,000 times as likely, so the evidence needed
     * rises by log2(N / 5,000) bits (about 7.6 more for a million records). Without this, a force-sized population
     * would fill the list with namesakes who merely share a date of birth.
     */
    double requiredWeight(long population) {
        double atCalibration = MatchScorer.MIDPOINT + Math.log(threshold / (1 - threshold)) / Math.log(2);
        return atCalibration + Math.max(0, Math.log((double) population / CALIBRATION_POPULATION) / Math.log(2));
    }

    /** Offers every probable duplicate of these people; answers how many pairs were offered. */
    int check(List<Person> people) {
        double required = requiredWeight(index.names().count());
        Instant at = clock.instant();
        List<DuplicatePair> found = new ArrayList<>();
        for (Person person : people) {
            String self = person.id().toString();
            for (NameIndex.Hit hit : index.names().similarTo(self, PersonCandidates.of(person), NEIGHBOURS)) {
                if (hit.match().weight() >= required) {
                    found.add(DuplicatePair.found(person.id(), PersonId.of(hit.id()), hit.match().score(),
                            hit.match().explanation(), at));
                }
            }
        }
        if (!found.isEmpty()) {
            pairs.offer(found);
        }
        return found.size();
    }

    /**
     * Checks records just created or corrected, once they are in the index: of two records of one person saved
     * at the same moment, the one indexed second is then sure to see the first. Best effort, because the
     * nightly scan catches anything missed, and a failure here must never hold up indexing.
     */
    void checkJustIndexed(List<Person> people) {
        try {
            check(people);
        } catch (RuntimeException e) {
            log.warn("Could not check {} just-indexed records for duplicates; the nightly scan will", people.size(), e);
        }
    }

    @ApplicationModuleListener
    void on(PersonsMerged event) {
        pairs.closeInvolving(event.mergedId(), "system", clock.instant(), "merged into " + event.survivorId()
                + " (merge " + event.mergeId() + ")");
    }

    /** The open pairs, most likely first, with both records (shown to a person, so audited). */
    @Transactional
    public List<Review> open(int limit) {
        return reviews(pairs.withStatus(DuplicatePair.Status.OPEN, Math.clamp(limit, 1, 500)));
    }

    /** The open pairs one record is part of: "is this record a duplicate?" (audited). */
    @Transactional
    public List<Review> openInvolving(PersonId person) {
        return reviews(pairs.openInvolving(person));
    }

    private List<Review> reviews(List<DuplicatePair> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        List<PersonId> ids = new ArrayList<>();
        open.forEach(pair -> {
            ids.add(pair.first());
            ids.add(pair.second());
        });
        Map<PersonId, Person> shown = new HashMap<>();
        persons.found(ids.stream().distinct().toList(), "probable duplicates review").forEach(p -> shown.put(p.id(), p));
        return open.stream().filter(pair -> shown.containsKey(pair.first()) && shown.containsKey(pair.second()))
                .map(pair -> new Review(pair, shown.get(pair.first()), shown.get(pair.second()))).toList();
    }

    /** Someone compared the two records and found different people: the pair is not offered again. */
    public void dismiss(PersonId a, PersonId b, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why they are different people, such as different fingerprints or PNC IDs");
        }
        if (!pairs.decide(a, b, DuplicatePair.Status.DISMISSED, CurrentUser.username(), clock.instant(), reason.strip())) {
            throw new java.util.NoSuchElementException("No open probable-duplicate pair of " + a + " and " + b);
        }
    }
}
