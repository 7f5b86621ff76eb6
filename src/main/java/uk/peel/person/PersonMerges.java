package uk.peel.person;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.audit.AuditAction;
import uk.peel.audit.AuditLog;
import uk.peel.platform.ConflictException;
import uk.peel.platform.InputValidation;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.access.CurrentUser;

/**
 * One golden record per person: an authorised user merges two records of the same person into one, and can undo
 * it. Nothing is lost either way. The survivor's next version holds everything both records knew (the merged
 * record's own name as an alias); the merged record keeps its details and history and points at the survivor.
 * Merging and undoing are audited as combinations (DPA 2018 s.62).
 */
@Service
public class PersonMerges {

    private final Persons persons;
    private final PersonMergeRows merges;
    private final AuditLog audit;
    private final InputValidation validation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonMerges(Persons persons, PersonMergeRows merges, AuditLog audit, InputValidation validation,
                 ApplicationEventPublisher events, Clock clock) {
        this.persons = persons;
        this.merges = merges;
        this.audit = audit;
        this.validation = validation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Merges {@code mergedId} into {@code survivorId}. Both versions are the ones the user compared: if either
     * record changed since, nothing is merged and they are asked to look again.
     */
    @Transactional
    public PersonMerge merge(PersonId survivorId, int survivorVersion, PersonId mergedId, int mergedVersion, String reason) {
        String why = requireReason(reason);
        if (survivorId.equals(mergedId)) {
            throw new InvalidInputException(List.of(new FieldProblem("mergedId", "choose two different records to merge")));
        }
        Person survivor = current(survivorId, survivorVersion);
        Person merged = current(mergedId, mergedVersion);
        Combination contributed = Combination.of(survivor.details(), merged.details());
        PersonDetails combined = contributed.appliedTo(survivor.details());
        validation.check(combined);

        String by = CurrentUser.username();
        Instant at = now();
        Person next = survivor.correct(combined, survivorVersion, by, at);
        persons.update(next, "merged with person " + mergedId + ": " + why);
        persons.setMergedInto(mergedId, survivorId);
        PersonMerge merge = new PersonMerge(UUID.randomUUID(), survivorId, mergedId, survivorVersion, next.version(),
                mergedVersion, contributed, why, at, by, null, null, null);
        merges.insert(merge);
        audit.record(AuditAction.COMBINATION, PersonRecords.RECORD_TYPE, List.of(survivorId, mergedId),
                "merged " + mergedId + " into " + survivorId + " (merge " + merge.id() + "): " + why);
        events.publishEvent(new PersonsMerged(merge.id(), survivorId, mergedId));
        return merge;
    }

    /**
     * Undoes a merge: the merged record stands on its own again, and the survivor gets a new version without what
     * the merge brought in. Corrections made to the survivor since the merge are kept.
     */
    @Transactional
    public PersonMerge undo(UUID mergeId, String reason) {
        String why = requireReason(reason);
        PersonMerge merge = merges.find(mergeId).orElseThrow(() -> new MergeNotFoundException(mergeId));
        if (merge.undone()) {
            throw new ConflictException("Merge " + mergeId + " was already undone by " + merge.undoneBy() + ".");
        }
        Person survivor = persons.find(merge.survivorId()).orElseThrow(() -> new PersonNotFoundException(merge.survivorId()));
        if (survivor.mergedInto().isPresent()) {
            throw new ConflictException("Person " + merge.survivorId() + " has since been merged into person "
                    + survivor.mergedInto().get() + ": undo that merge first.");
        }
        String by = CurrentUser.username();
        Instant at = now();
        Person next = survivor.correct(merge.contributed().removedFrom(survivor.details()), survivor.version(), by, at);
        persons.update(next, "merge with person " + merge.mergedId() + " undone: " + why);
        persons.setMergedInto(merge.mergedId(), null);
        PersonMerge undone = new PersonMerge(merge.id(), merge.survivorId(), merge.mergedId(), merge.survivorVersionBefore(),
                merge.survivorVersionAfter(), merge.mergedVersion(), merge.contributed(), merge.reason(), merge.mergedAt(),
                merge.mergedBy(), at, by, why);
        if (!merges.markUndone(undone, next.version())) {
            throw new ConflictException("Merge " + mergeId + " was undone by someone else just now.");
        }
        audit.record(AuditAction.COMBINATION, PersonRecords.RECORD_TYPE, List.of(merge.survivorId(), merge.mergedId()),
                "undid merge " + mergeId + " of " + merge.mergedId() + " into " + merge.survivorId() + ": " + why);
        events.publishEvent(new PersonMergeUndone(mergeId, merge.survivorId(), merge.mergedId()));
        return undone;
    }

    /** The merges a person took part in, newest first, for their record's provenance (audited: they hold personal data). */
    @Transactional
    public List<PersonMerge> involving(PersonId person) {
        List<PersonMerge> found = merges.involving(person);
        if (!found.isEmpty()) {
            audit.record(AuditAction.CONSULTATION, PersonRecords.RECORD_TYPE, List.of(person), "viewed " + found.size() + " merges");
        }
        return found;
    }

    private Person current(PersonId id, int version) {
        Person person = persons.find(id).orElseThrow(() -> new PersonNotFoundException(id));
        if (person.mergedInto().isPresent()) {
            throw new MergedRecordException(id, person.mergedInto().get());
        }
        if (person.version() != version) {
            throw new VersionConflictException(id, version, person.version());
        }
        return person;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("reason",
                    "say why these are the same person, such as the PNC ID or fingerprints that match")));
        }
        if (reason.strip().length() > 1000) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", "must be at most 1000 characters")));
        }
        return reason.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
