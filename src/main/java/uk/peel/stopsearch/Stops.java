package uk.peel.stopsearch;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.audit.AuditAction;
import uk.peel.audit.AuditLog;
import uk.peel.gazetteer.Gazetteer;
import uk.peel.person.PersonId;
import uk.peel.person.PersonRecords;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InputValidation;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;

/**
 * The stop-and-search module's API: record a stop (audited as a collection of the person's data, with its event
 * in the same transaction so a safeguarding concern raises its notice even across a crash), read one (audited), and
 * list the latest (no names, so not a consultation).
 */
@Service
public class Stops {

    static final String RECORD_TYPE = "stop";

    private final StopStore store;
    private final PersonRecords persons;
    private final Gazetteer gazetteer;
    private final InputValidation validation;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Stops(StopStore store, PersonRecords persons, Gazetteer gazetteer, InputValidation validation, AuditLog audit,
          ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.persons = persons;
        this.gazetteer = gazetteer;
        this.validation = validation;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records a stop, checking the rules of Code A that span fields; every problem is named with its field. */
    @Transactional
    public Stop record(NewStop stop) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<FieldProblem> problems = new ArrayList<>(validation.problems(stop));
        if (stop.stoppedAt() != null && stop.stoppedAt().isAfter(now.plusSeconds(60))) {
            problems.add(new FieldProblem("stoppedAt", "must not be in the future"));
        }
        if (stop.location() != null && stop.location().isUnknown()) {
            problems.add(new FieldProblem("location", "Give a postcode, a description of the place or its coordinates"));
        }
        if (stop.location() != null && (stop.location().latitude() == null) != (stop.location().longitude() == null)) {
            problems.add(new FieldProblem("location.longitude", "give both latitude and longitude, or neither"));
        }
        if (stop.type() != null && stop.type().isSearch()) {
            if (stop.legislation() == null) {
                problems.add(new FieldProblem("legislation", "Choose the power the search was made under"));
            }
            if (stop.objectOfSearch() == null) {
                problems.add(new FieldProblem("objectOfSearch", "Say what was being looked for"));
            }
            if (stop.outcome() == null) {
                problems.add(new FieldProblem("outcome", "Record the outcome of the search"));
            }
            if (stop.legislation() != null && !stop.legislation().needsAuthorisation() && stop.grounds() == null) {
                problems.add(new FieldProblem("grounds", "Record the grounds for the search (PACE Code A)"));
            }
        } else if (stop.type() == StopType.STOP_AND_ACCOUNT && (stop.legislation() != null || stop.objectOfSearch() != null)) {
            problems.add(new FieldProblem("legislation", "A stop and account uses no power: leave the power and object of search empty, or record a search"));
        }
        if (stop.legislation() != null && stop.legislation().needsAuthorisation() && stop.authorisation() == null) {
            problems.add(new FieldProblem("authorisation", "A search under " + stop.legislation().label()
                    + " needs the authorisation it was made under: who authorised it, for where and until when"));
        }
        if (stop.concern() != null && stop.concernDetails() == null) {
            problems.add(new FieldProblem("concernDetails", "Say what the safeguarding concern is: it goes on the notice it raises"));
        }
        if (stop.concern() == null && stop.concernDetails() != null) {
            problems.add(new FieldProblem("concern", "Choose the kind of safeguarding concern"));
        }
        if (stop.personId() != null && persons.currentForDerivedData(List.of(new PersonId(stop.personId()))).isEmpty()) {
            problems.add(new FieldProblem("personId", "there is no person record " + stop.personId()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StopLocation location = stop.location();
        if (location.postcode() != null && location.latitude() == null) {
            location = gazetteer.lookup(location.postcode()).map(found -> stop.location()
                    .withCoordinates(found.coordinates().latitude(), found.coordinates().longitude())).orElse(location);
        }
        String by = CurrentUser.username();
        Stop recorded = new Stop(StopId.random(), store.nextReference(stop.stoppedAt()), stop.type(), stop.stoppedAt(), location,
                stop.personId(), stop.personName(), stop.gender(), stop.ageRange(), stop.selfDefinedEthnicity(),
                stop.officerDefinedEthnicity(), stop.legislation(), stop.authorisation(), stop.objectOfSearch(), stop.grounds(),
                stop.outcome(), stop.outcomeLinkedToObject(), Boolean.TRUE.equals(stop.removalOfMoreThanOuterClothing()), stop.operation(),
                stop.officer() == null ? by : stop.officer(), stop.concern(), stop.concernDetails(), null, now, by);
        store.insert(recorded);
        audit.record(AuditAction.COLLECTION, RECORD_TYPE, ids(recorded), "recorded " + recorded.reference() + ": "
                + recorded.type().label().toLowerCase(Locale.UK) + (recorded.concern() == null ? "" : ", safeguarding concern "
                + recorded.concern().label().toLowerCase(Locale.UK)));
        events.publishEvent(new StopRecorded(recorded.id(), recorded.reference(), recorded.concern(), now));
        return recorded;
    }

    /** Loads a stop published elsewhere (the demo's data.police.uk rows), as published: no checks beyond its shape. */
    @Transactional
    public Stop load(Stop published) {
        store.insert(published);
        return published;
    }

    /** A new reference, for a stop loaded from elsewhere. */
    @Transactional
    public String nextReference(Instant at) {
        return store.nextReference(at);
    }

    /** A stop with the person stopped, for its page and the API: audited. */
    @Transactional
    public Stop view(StopId id) {
        Stop stop = find(id);
        audit.record(AuditAction.CONSULTATION, RECORD_TYPE, ids(stop), "viewed " + stop.reference());
        return stop;
    }

    /** A stop without recording a consultation: for Peel's own work (raising a notice), never for showing to a user. */
    @Transactional(readOnly = true)
    public Stop find(StopId id) {
        return store.find(id).orElseThrow(() -> new java.util.NoSuchElementException("There is no stop " + id));
    }

    /** The latest stops, for a list that shows no names: not audited. */
    @Transactional(readOnly = true)
    public List<Stop> recent(int limit) {
        return store.recent(Math.clamp(limit, 1, 500));
    }

    @Transactional(readOnly = true)
    public long count() {
        return store.count();
    }

    private static List<Object> ids(Stop stop) {
        return stop.personId() == null ? List.of(stop.id()) : List.of(stop.id(), new PersonId(stop.personId()));
    }
}
