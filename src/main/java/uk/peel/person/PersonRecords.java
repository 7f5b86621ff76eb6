package uk.peel.person;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.audit.AuditAction;
import uk.peel.audit.AuditLog;
import uk.peel.platform.InputValidation;
import uk.peel.platform.access.CurrentUser;

/**
 * The person module's API: record, view, correct, list and read the history of person records. Every call that
 * touches personal data writes its s.62 audit entry in the same transaction, so no access goes unlogged.
 */
@Service
public class PersonRecords {

    static final String RECORD_TYPE = "person";

    private final Persons persons;
    private final PersonSources sources;
    private final AuditLog audit;
    private final InputValidation validation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonRecords(Persons persons, PersonSources sources, AuditLog audit, InputValidation validation,
                  ApplicationEventPublisher events, Clock clock) {
        this.persons = persons;
        this.sources = sources;
        this.audit = audit;
        this.validation = validation;
        this.events = events;
        this.clock = clock;
    }

    /** A page of a listing, with the total so a UI can offer further pages. */
    public record Page(List<Person> people, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    @Transactional
    public Person record(PersonDetails details) {
        validation.check(details);
        Person person = Person.record(details, CurrentUser.username(), now());
        persons.insertAll(List.of(person), null);
        audit.record(AuditAction.COLLECTION, RECORD_TYPE, List.of(person.id()), "recorded " + details.indexName());
        events.publishEvent(new PersonRecorded(person.id(), person.version()));
        publishMarkersAdded(person.id(), person.version(), null, details, person.updatedAt());
        return person;
    }

    /** An import row ready to store: validated, with the key that makes importing it again safe. */
    record SourcedDetails(long line, String sourceRef, String contentHash, PersonDetails details) {
    }

    /**
     * Stores a batch of import rows in one transaction, with one audit entry for the records created and one for
     * those updated. A row already imported from the same source is left alone when unchanged, becomes the
     * record's next version when changed, and is refused when the record has also been corrected in Peel since:
     * an import must never silently overwrite an officer's correction.
     */
    @Transactional
    List<ImportOutcome> importBatch(String source, List<SourcedDetails> rows) {
        String by = CurrentUser.username();
        Instant at = now();
        Map<String, PersonSources.Imported> known = sources.find(source, rows.stream().map(SourcedDetails::sourceRef).toList());
        List<Person> created = new ArrayList<>();
        List<PersonSources.Imported> createdSources = new ArrayList<>();
        List<PersonId> updated = new ArrayList<>();
        List<ImportOutcome> outcomes = new ArrayList<>(rows.size());
        for (SourcedDetails row : rows) {
            PersonSources.Imported prior = known.get(row.sourceRef());
            if (prior == null) {
                Person person = Person.record(row.details(), by, at);
                created.add(person);
                createdSources.add(new PersonSources.Imported(row.sourceRef(), person.id(), row.contentHash(), 1));
                outcomes.add(ImportOutcome.created(row.line(), person.id()));
            } else if (prior.contentHash().equals(row.contentHash())) {
                outcomes.add(ImportOutcome.unchanged(row.line(), prior.personId()));
            } else {
                Person current = persons.find(prior.personId()).orElseThrow(() -> new PersonNotFoundException(prior.personId()));
                if (current.version() != prior.importedVersion()) {
                    outcomes.add(ImportOutcome.rejected(row.line(), List.of("changed in " + source + " since it was imported,"
                            + " but person " + current.id() + " has also been corrected in Peel since (now version "
                            + current.version() + "); not overwritten: compare and correct the record by hand")));
                    continue;
                }
                Person next = current.correct(row.details(), current.version(), by, at);
                persons.update(next, "re-imported from " + source + " " + row.sourceRef());
                sources.update(source, new PersonSources.Imported(row.sourceRef(), next.id(), row.contentHash(), next.version()), at, by);
                updated.add(next.id());
                outcomes.add(ImportOutcome.updated(row.line(), next.id()));
            }
        }
        if (!created.isEmpty()) {
            persons.insertAll(created, "imported from " + source);
            sources.insertAll(source, createdSources, at, by);
            audit.record(AuditAction.COLLECTION, RECORD_TYPE, created.stream().map(Person::id).toList(), "imported from " + source);
        }
        if (!updated.isEmpty()) {
            audit.record(AuditAction.ALTERATION, RECORD_TYPE, updated, "updated by re-import from " + source);
        }
        List<PersonId> changed = new ArrayList<>(created.stream().map(Person::id).toList());
        changed.addAll(updated);
        if (!changed.isEmpty()) {
            events.publishEvent(new PersonsImported(changed));
        }
        return outcomes;
    }

    /** Which source system rows a person's record was imported from, for its provenance. */
    @Transactional(readOnly = true)
    public List<String> sourcesOf(PersonId id) {
        return sources.of(id);
    }

    @Transactional
    public Person view(PersonId id) {
        Person person = persons.find(id).orElseThrow(() -> new PersonNotFoundException(id));
        audit.record(AuditAction.CONSULTATION, RECORD_TYPE, List.of(id), "viewed version " + person.version());
        return person;
    }

    /**
     * Corrects a record, producing its next version.
     *
     * @param basedOnVersion the version the officer was looking at when they made the correction
     * @param reason why the record was corrected, kept with the version
     */
    @Transactional
    public Person correct(PersonId id, int basedOnVersion, PersonDetails corrected, String reason) {
        validation.check(corrected);
        Person current = persons.find(id).orElseThrow(() -> new PersonNotFoundException(id));
        Person next = current.correct(corrected, basedOnVersion, CurrentUser.username(), now());
        persons.update(next, reason == null || reason.isBlank() ? null : reason.strip());
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id),
                "corrected to version " + next.version() + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
        events.publishEvent(new PersonCorrected(id, next.version()));
        publishMarkersAdded(id, next.version(), current.details(), corrected, now());
        return next;
    }

    @Transactional
    public Page list(String surnamePrefix, int page, int size) {
        int safeSize = Math.clamp(size, 1, 200);
        int safePage = Math.max(page, 0);
        List<Person> people = persons.list(surnamePrefix, safePage * safeSize, safeSize);
        if (!people.isEmpty()) {
            audit.record(AuditAction.CONSULTATION, RECORD_TYPE, people.stream().map(Person::id).toList(),
                    "listed" + (surnamePrefix == null || surnamePrefix.isBlank() ? "" : " surname starting '" + surnamePrefix.strip() + "'"));
        }
        return new Page(people, safePage, safeSize, persons.count(surnamePrefix));
    }

    /**
     * People linked to an address by postcode, for a call handler to see who may be there and their warning markers.
     * Audited as a consultation, with the reason given (such as the incident being created).
     */
    @Transactional
    public List<Person> linkedToPostcode(uk.peel.gazetteer.Postcode postcode, String purpose, int limit) {
        String normalised = postcode.value();
        List<Person> found = persons.withAddressAt(normalised, limit);
        if (!found.isEmpty()) {
            audit.record(AuditAction.CONSULTATION, RECORD_TYPE, found.stream().map(Person::id).toList(),
                    "linked to " + normalised + ": " + purpose);
        }
        return found;
    }

    @Transactional
    public List<PersonVersion> history(PersonId id) {
        List<PersonVersion> versions = persons.versions(id);
        if (versions.isEmpty()) {
            throw new PersonNotFoundException(id);
        }
        audit.record(AuditAction.CONSULTATION, RECORD_TYPE, List.of(id), "viewed history of " + versions.size() + " versions");
        return versions;
    }

    @Transactional
    public PersonVersion version(PersonId id, int version) {
        PersonVersion found = persons.version(id, version).orElseThrow(() -> new PersonNotFoundException(id, version));
        audit.record(AuditAction.CONSULTATION, RECORD_TYPE, List.of(id), "viewed version " + version);
        return found;
    }

    /**
     * People found by a search, for showing in its results: one consultation entry naming every person shown and
     * the search that found them, in the caller's transaction. Answers them in the order asked for; ids no longer
     * on record are left out.
     */
    @Transactional
    public List<Person> found(List<PersonId> ids, String search) {
        List<Person> people = persons.findAll(ids);
        if (!people.isEmpty()) {
            audit.record(AuditAction.CONSULTATION, RECORD_TYPE, people.stream().map(Person::id).toList(),
                    "search '" + search + "'");
        }
        return people;
    }

    /**
     * As {@link #found}, for a search answered straight to its user (the search box and API, likely matches): the
     * entry is durable when this returns, and is group-committed with other searches' entries (decision 0009)
     * rather than each search holding its audit chain's lock across a commit of its own. Call it outside a
     * transaction.
     *
     * @throws uk.peel.audit.AuditUnavailableException if the consultation could not be logged; show nothing then
     */
    public List<Person> foundBySearch(List<PersonId> ids, String search) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // The entry names everyone the index answered, and is committed while their records are read rather than
        // after: the served search waited for one and then the other. The index has already processed their names
        // and dates of birth for this search, so naming one whose record has since gone is still true.
        AuditLog.PendingEntry entry = audit.recordDurablyMeanwhile(AuditLog.Access.of(AuditAction.CONSULTATION,
                RECORD_TYPE, ids, "search '" + search + "'"));
        List<Person> people = persons.findAll(ids);
        entry.awaitDurable();
        return people;
    }

    /**
     * The current versions of these people for keeping derived data (the search index) up to date. Not audited,
     * because no person sees the data; never use it to show records to a user — use {@link #view} or {@link #found}.
     */
    @Transactional(readOnly = true)
    public List<Person> currentForDerivedData(List<PersonId> ids) {
        return persons.findAll(ids);
    }

    /** Every current record, streamed in batches, for rebuilding derived data. Not audited: see above. */
    @Transactional(readOnly = true)
    public void forEachForDerivedData(int batchSize, java.util.function.Consumer<List<Person>> batch) {
        persons.forEachBatch(batchSize, batch);
    }

    /**
     * The warning markers in force on a version of a record that were not in force on the version before it (all
     * of them for a new record): what another module acts on when a marker is added, such as safeguarding raising a
     * notice. Not audited, because no person sees the data here; what is made from it is audited where it is.
     *
     * @return the version's details (for the name) and the markers added; empty if there is no such version
     */
    @Transactional(readOnly = true)
    public java.util.Optional<MarkersAdded> markersAdded(PersonId id, int version) {
        return persons.version(id, version).map(current -> {
            java.time.LocalDate day = java.time.LocalDate.ofInstant(current.recordedAt(), uk.peel.platform.ForceTime.ZONE);
            PersonDetails before = version <= 1 ? null : persons.version(id, version - 1).map(PersonVersion::details).orElse(null);
            return new MarkersAdded(current, added(before, current.details(), day));
        });
    }

    private void publishMarkersAdded(PersonId id, int version, PersonDetails before, PersonDetails after, Instant at) {
        List<WarningMarker.Type> added = added(before, after, java.time.LocalDate.ofInstant(at, uk.peel.platform.ForceTime.ZONE)).stream()
                .map(WarningMarker::type).distinct().toList();
        if (!added.isEmpty()) {
            events.publishEvent(new WarningMarkersAdded(id, version, added));
        }
    }

    private static List<WarningMarker> added(PersonDetails before, PersonDetails after, java.time.LocalDate day) {
        java.util.Set<WarningMarker.Type> was = before == null ? java.util.Set.of() : before.warningMarkers().stream()
                .filter(m -> m.activeOn(day)).map(WarningMarker::type).collect(java.util.stream.Collectors.toSet());
        return after.warningMarkers().stream().filter(m -> m.activeOn(day) && !was.contains(m.type())).toList();
    }

    /** See {@link #markersAdded}. */
    public record MarkersAdded(PersonVersion version, List<WarningMarker> markers) {
    }

    @Transactional(readOnly = true)
    public long count() {
        return persons.count(null);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
