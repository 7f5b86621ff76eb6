package uk.peel.crime;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.audit.AuditAction;
import uk.peel.audit.AuditLog;
import uk.peel.platform.ConflictException;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.Usernames;

/**
 * Recorded crimes: viewing them and their history, allocation, and the only two ways a crime's count or
 * classification changes — cancellation and reclassification — each asked for with a reason the Home Office
 * Counting Rules allow and applied only when a designated decision maker (or the Force Crime Registrar) other than
 * the requester approves it.
 */
@Service
public class Crimes {

    static final String RECORD_TYPE = "crime";

    private final CrimeStore crimes;
    private final NotifiableOffences offences;
    private final uk.peel.person.PersonRecords persons;
    private final uk.peel.platform.InputValidation validation;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Usernames usernames;
    private final Clock clock;

    Crimes(CrimeStore crimes, NotifiableOffences offences, uk.peel.person.PersonRecords persons,
           uk.peel.platform.InputValidation validation, AuditLog audit, ApplicationEventPublisher events, Usernames usernames,
           Clock clock) {
        this.crimes = crimes;
        this.usernames = usernames;
        this.offences = offences;
        this.persons = persons;
        this.validation = validation;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A crime with the people linked to it, for the crime page and API: audited. */
    @Transactional
    public Crime view(CrimeId id) {
        Crime crime = find(id);
        audit.record(AuditAction.CONSULTATION, RECORD_TYPE, List.of(id), "viewed " + crime.crn() + " version " + crime.version());
        return crime;
    }

    @Transactional(readOnly = true)
    public Crime find(CrimeId id) {
        return crimes.find(id).orElseThrow(() -> new NoSuchElementException("There is no crime " + id));
    }

    @Transactional(readOnly = true)
    public Crime findByCrn(String crn) {
        return crimes.findByCrn(crn).orElseThrow(() -> new NoSuchElementException("There is no crime " + crn));
    }

    /** The latest crimes, for lists that show their reference and classification only: not audited. */
    @Transactional(readOnly = true)
    public List<Crime> recent(int limit) {
        return crimes.recent(Math.clamp(limit, 1, 500));
    }

    /** The latest crimes whole, people and all, as the API gives them: audited as a consultation of each. */
    @Transactional
    public List<Crime> recentWithDetails(int limit) {
        List<Crime> found = recent(limit);
        if (!found.isEmpty()) {
            audit.record(AuditAction.CONSULTATION, RECORD_TYPE, found.stream().map(Crime::id).toList(), "listed recent crimes");
        }
        return found;
    }

    /**
     * Every crime recorded in the force's calendar month, cancelled ones included (the caller decides what to
     * publish), oldest first. Not audited here: the caller is a publication that audits itself as a disclosure.
     */
    @Transactional(readOnly = true)
    public List<Crime> recordedIn(java.time.YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(uk.peel.platform.ForceTime.ZONE).toInstant();
        Instant until = month.plusMonths(1).atDay(1).atStartOfDay(uk.peel.platform.ForceTime.ZONE).toInstant();
        return crimes.recordedBetween(from, until);
    }

    /**
     * The ids of crimes recorded and not cancelled, in id order after {@code after} (null: from the first), at most
     * {@code limit}: for a module that keeps something for every crime to page through them all and catch up. Ids
     * only, nothing about anyone, so not audited here.
     */
    @Transactional(readOnly = true)
    public List<CrimeId> recordedIds(CrimeId after, int limit) {
        return crimes.recordedIdsAfter(after, limit);
    }

    /** These crimes as they are now, for work lists and publications that audit their own access. */
    @Transactional(readOnly = true)
    public List<Crime> findAll(java.util.Collection<CrimeId> ids) {
        return crimes.findAll(ids);
    }

    /** Every version of the crime, oldest first: what it was recorded as, and each change since. Audited. */
    @Transactional
    public List<CrimeVersion> history(CrimeId id) {
        List<CrimeVersion> versions = crimes.versions(id);
        if (versions.isEmpty()) {
            throw new NoSuchElementException("There is no crime " + id);
        }
        audit.record(AuditAction.CONSULTATION, RECORD_TYPE, List.of(id), "viewed history of " + versions.size() + " versions");
        return versions;
    }

    @Transactional(readOnly = true)
    public List<ChangeRequest> changes(CrimeId id) {
        return crimes.changes(id);
    }

    /** Requests waiting for a decision maker, oldest first. */
    @Transactional(readOnly = true)
    public List<ChangeRequest> pendingChanges(int limit) {
        return crimes.pendingChanges(limit);
    }

    @Transactional
    public Crime allocate(CrimeId id, String officer) {
        if (officer == null || officer.isBlank() || officer.length() > 64) {
            throw new InvalidInputException(List.of(new FieldProblem("officer", "Enter the officer's username (at most 64 characters)")));
        }
        List<FieldProblem> problems = new java.util.ArrayList<>();
        usernames.check(officer, "officer", "the officer's", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Crime crime = lock(id);
        Instant now = now();
        Crime next = crime.allocate(officer.strip(), now);
        crimes.update(next, CurrentUser.username(), "Allocated to " + officer.strip());
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "allocated " + crime.crn() + " to " + officer.strip());
        return next;
    }

    /**
     * Links a person record to the crime as suspect, offender, witness or reporting person: the crime's next
     * version. A victim is not added: each victim is a crime of their own (one crime per victim).
     */
    @Transactional
    public Crime addPerson(CrimeId id, CrimePerson.Role role, UUID personId) {
        if (role == null || personId == null) {
            throw new InvalidInputException(List.of(new FieldProblem(role == null ? "role" : "personId",
                    role == null ? "Choose the person's role" : "Choose the person")));
        }
        if (role == CrimePerson.Role.VICTIM) {
            throw new InvalidInputException(List.of(new FieldProblem("role", "Each victim is a crime of their own "
                    + "(one crime per victim): record a further victim from a new report, not on this crime")));
        }
        Crime crime = lock(id);
        if (crime.details().in(role).stream().anyMatch(p -> p.personId().equals(personId))) {
            return crime;
        }
        if (persons.found(List.of(new uk.peel.person.PersonId(personId)), "linked to " + crime.crn() + " as "
                + role.label().toLowerCase(java.util.Locale.UK)).isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("personId", "there is no person record " + personId)));
        }
        Instant now = now();
        Crime next = crime.amend(crime.details().withPerson(new CrimePerson(role, personId)), now);
        crimes.update(next, CurrentUser.username(), "Added " + role.label().toLowerCase(java.util.Locale.UK) + " " + personId);
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "added " + role.name() + " to " + crime.crn());
        return next;
    }

    /** Corrects or adds to the crime's facts as its next version, if nobody changed it since {@code basedOnVersion}. */
    @Transactional
    public Crime amend(CrimeId id, CrimeAmendment amendment) {
        List<FieldProblem> problems = new java.util.ArrayList<>(validation.problems(amendment));
        if (amendment.reason() == null || amendment.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "Say why the crime is amended: it is kept with the version"));
        }
        if (amendment.committedFrom() != null && amendment.committedTo() != null
                && amendment.committedTo().isBefore(amendment.committedFrom())) {
            problems.add(new FieldProblem("committedTo", "must be after the time it was committed from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Crime crime = lock(id);
        if (crime.version() != amendment.basedOnVersion()) {
            throw new ConflictException(crime.crn() + " has changed since version " + amendment.basedOnVersion()
                    + " (now version " + crime.version() + "): look again and amend the current version");
        }
        Instant now = now();
        Crime next = crime.amend(crime.details().amended(amendment), now);
        crimes.update(next, CurrentUser.username(), "Amended: " + amendment.reason().strip());
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "amended " + crime.crn() + " to version " + next.version());
        java.util.Set<CrimeFlag> added = new java.util.HashSet<>(next.details().flags());
        added.removeAll(crime.details().flags());
        if (!added.isEmpty()) {
            events.publishEvent(new CrimeFlagsAdded(next.id(), next.crn(), next.version(), added, now));
        }
        return next;
    }

    /** Asks for the crime to be cancelled for one of the section C reasons. Nothing changes until it is approved. */
    @Transactional
    public ChangeRequest requestCancellation(CrimeId id, String reason, String explanation) {
        CancellationReason allowed = parse(CancellationReason.class, reason, "Cancellation");
        return request(id, ChangeRequest.Kind.CANCELLATION, allowed.name(), explanation, null);
    }

    /** Asks for the crime to be reclassified, for one of the section B reasons. The earlier classification is kept. */
    @Transactional
    public ChangeRequest requestReclassification(CrimeId id, String newClassification, String reason, String explanation) {
        ReclassificationReason allowed = parse(ReclassificationReason.class, reason, "Reclassification");
        Offence offence = offences.requireRecordable(newClassification, "newClassification");
        return request(id, ChangeRequest.Kind.RECLASSIFICATION, allowed.name(), explanation, offence.code());
    }

    private ChangeRequest request(CrimeId id, ChangeRequest.Kind kind, String reason, String explanation, String newClassification) {
        if (explanation == null || explanation.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("explanation",
                    "Explain the evidence for the " + kind.name().toLowerCase(java.util.Locale.UK) + ": the decision maker reads it")));
        }
        Crime crime = lock(id);
        crime.requireRecorded("change it");
        if (kind == ChangeRequest.Kind.RECLASSIFICATION && crime.classification().equals(newClassification)) {
            throw new InvalidInputException(List.of(new FieldProblem("newClassification", crime.crn() + " is already "
                    + offences.describe(newClassification))));
        }
        if (crimes.changes(id).stream().anyMatch(ChangeRequest::isPending)) {
            throw new ConflictException(crime.crn() + " already has a request waiting for a decision maker: wait for their answer");
        }
        ChangeRequest change = new ChangeRequest(new ChangeRequestId(UUID.randomUUID()), id, kind, reason, explanation.strip(),
                newClassification, now(), CurrentUser.username(), ChangeRequest.Status.PENDING, null, null, null);
        crimes.insertChange(change);
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), kind.name().toLowerCase(java.util.Locale.UK)
                + " requested for " + crime.crn() + " (" + reason + ")");
        return change;
    }

    /**
     * Approves a cancellation or reclassification and applies it as the crime's next version.
     *
     * @throws AccessDeniedException unless the user is a designated decision maker or crime registrar, and did not
     *         ask for the change themselves
     */
    @Transactional
    public Crime approve(ChangeRequestId requestId, String note) {
        ChangeRequest change = requireDecidable(requestId);
        Crime crime = lock(change.crimeId());
        Instant now = now();
        String by = CurrentUser.username();
        Crime next;
        String what;
        if (change.kind() == ChangeRequest.Kind.CANCELLATION) {
            next = crime.cancel(new CrimeDetails.Cancellation(CancellationReason.valueOf(change.reason()), change.explanation(),
                    change.requestedBy(), by, now));
            what = "Cancelled: " + change.reasonLabel();
        } else {
            next = crime.reclassify(change.newClassification(), now);
            what = "Reclassified from " + offences.describe(crime.classification()) + " to "
                    + offences.describe(change.newClassification()) + ": " + change.reasonLabel();
        }
        what += " (asked for by " + change.requestedBy() + ", approved by " + by + ")";
        crimes.update(next, by, what);
        crimes.decideChange(requestId, ChangeRequest.Status.APPROVED, now, by, blankToNull(note));
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(crime.id()), what);
        events.publishEvent(new CrimeChanged(next.id(), next.crn(), change.kind(), next.classification(), next.status(), now));
        return next;
    }

    /** Refuses a cancellation or reclassification, saying why; the crime stays as it is. */
    @Transactional
    public ChangeRequest refuse(ChangeRequestId requestId, String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("note", "Say why the request is refused")));
        }
        ChangeRequest change = requireDecidable(requestId);
        Crime crime = lock(change.crimeId());
        crimes.decideChange(requestId, ChangeRequest.Status.REFUSED, now(), CurrentUser.username(), note.strip());
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(crime.id()), change.kind().name().toLowerCase(java.util.Locale.UK)
                + " of " + crime.crn() + " refused");
        return crimes.findChange(requestId).orElseThrow();
    }

    private ChangeRequest requireDecidable(ChangeRequestId requestId) {
        if (!CurrentUser.has(Permission.CRIME_APPROVE)) {
            throw new AccessDeniedException("Only a designated decision maker or the Force Crime Registrar may approve or "
                    + "refuse the cancellation or reclassification of a crime");
        }
        ChangeRequest change = crimes.findChange(requestId)
                .orElseThrow(() -> new NoSuchElementException("There is no change request " + requestId));
        if (!change.isPending()) {
            throw new ConflictException("That request was already " + change.status().name().toLowerCase(java.util.Locale.UK)
                    + " by " + change.decidedBy());
        }
        if (change.requestedBy().equals(CurrentUser.username())) {
            throw new AccessDeniedException("You asked for this change: another designated decision maker must approve or refuse it");
        }
        return change;
    }

    private static <E extends Enum<E>> E parse(Class<E> reasons, String reason, String what) {
        String allowed = Arrays.stream(reasons.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("reason",
                    what + " needs one of the reasons the Home Office Counting Rules allow: " + allowed)));
        }
        try {
            return Enum.valueOf(reasons, reason.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", "'" + reason.strip()
                    + "' is not a reason the Home Office Counting Rules allow; choose one of " + allowed)));
        }
    }

    private Crime lock(CrimeId id) {
        return crimes.findForUpdate(id).orElseThrow(() -> new NoSuchElementException("There is no crime " + id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
