package uk.peel.safeguarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uk.peel.crime.Crime;
import uk.peel.crime.CrimeFlag;
import uk.peel.crime.CrimePerson;
import uk.peel.crime.CrimeRecorded;
import uk.peel.crime.CrimeRecordingDecisions;
import uk.peel.crime.Crimes;
import uk.peel.crime.NotifiableOffences;
import uk.peel.crime.RecordingDecision;
import uk.peel.person.Person;
import uk.peel.person.PersonId;
import uk.peel.person.PersonRecords;
import uk.peel.platform.ForceTime;

/**
 * Raises a notice for a crime recorded with a flag that implies vulnerability (see {@link NoticeTriggers}), naming
 * its victim and suspects from their person records. The crime's event carries ids only; what the notice needs is
 * read through the crime module's API when the event is handled, so the crime module publishes nothing for
 * safeguarding's sake. The event is stored with the crime's transaction and completed only when the notice is
 * committed; raising is idempotent per crime and type, so a redelivery after a crash leaves one notice.
 */
@Component
class CrimesRaiseNotices {

    private final Crimes crimes;
    private final CrimeRecordingDecisions decisions;
    private final NotifiableOffences offences;
    private final PersonRecords persons;
    private final Ppns ppns;
    private final SafeguardingPolicy policy;
    private final NoticeTriggers triggers;

    CrimesRaiseNotices(Crimes crimes, CrimeRecordingDecisions decisions, NotifiableOffences offences, PersonRecords persons,
                       Ppns ppns, SafeguardingPolicy policy, NoticeTriggers triggers) {
        this.crimes = crimes;
        this.decisions = decisions;
        this.offences = offences;
        this.persons = persons;
        this.ppns = ppns;
        this.policy = policy;
        this.triggers = triggers;
        triggers.check(policy);
    }

    @ApplicationModuleListener
    void on(CrimeRecorded event) {
        raise(crimes.find(event.crimeId()), event.at(), null);
    }

    /**
     * A flag added by an amendment raises as a new crime's would; a type the crime already raised (or was linked to)
     * is not raised again, because the link is per crime and type. The notice's clock starts at the amendment.
     */
    @ApplicationModuleListener
    void on(uk.peel.crime.CrimeFlagsAdded event) {
        Crime crime = crimes.find(event.crimeId());
        if (!crime.isCancelled()) {
            raise(crime, event.at(), event.added());
        }
    }

    /** Raises for the crime's flags, or only for {@code only} where an amendment added those. */
    private void raise(Crime crime, java.time.Instant at, Set<CrimeFlag> only) {
        Map<String, Set<CrimeFlag>> types = new LinkedHashMap<>();
        for (CrimeFlag flag : crime.details().flags().stream().filter(f -> only == null || only.contains(f)).sorted().toList()) {
            String type = triggers.crimeFlags().get(flag);
            if (type != null) {
                types.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(flag);
            }
        }
        if (types.isEmpty()) {
            return;
        }
        RecordingDecision decision = decisions.find(crime.decisionId());
        List<PpnPerson> people = people(crime);
        boolean childVictim = crime.victimId() != null && isChild(new PersonId(crime.victimId()), at);
        Map<String, Set<CrimeFlag>> byType = new LinkedHashMap<>();
        types.forEach((type, flags) -> byType.computeIfAbsent(childVictim && type.equals("ADULT_AT_RISK") ? "CHILD_CONCERN" : type,
                t -> new LinkedHashSet<>()).addAll(flags));
        byType.forEach((code, flags) -> policy.type(code).ifPresent(type -> {
            String flagged = String.join(", ", flags.stream().map(f -> f.label().toLowerCase(Locale.UK)).toList());
            String summary = "Crime " + crime.crn() + " recorded as " + offences.describe(crime.classification()) + ", flagged "
                    + flagged + ", at " + crime.details().location().describe() + " (from " + decision.sourceReference() + ")."
                    + (crime.details().summary() == null ? "" : " Report: " + crime.details().summary())
                    + (crime.details().modusOperandi() == null ? "" : " Modus operandi: " + crime.details().modusOperandi());
            ppns.raiseFrom(new RecordConcern(PpnLink.Kind.CRIME, crime.id().value(), "", crime.crn(), PpnSource.CRIME, type,
                    Risk.MEDIUM, summary, people, decision.incidentId(), at.isAfter(crime.recordedAt()) ? at : crime.recordedAt(),
                    crime.recordedBy(), "flagged " + flagged));
        }));
    }

    /** The victim as the person the notice protects, suspects and offenders as the people causing harm. */
    private List<PpnPerson> people(Crime crime) {
        List<CrimePerson> linked = crime.details().people().stream()
                .filter(p -> p.role() == CrimePerson.Role.VICTIM || p.role() == CrimePerson.Role.SUSPECT
                        || p.role() == CrimePerson.Role.OFFENDER).toList();
        Map<UUID, Person> records = new LinkedHashMap<>();
        persons.currentForDerivedData(linked.stream().map(p -> new PersonId(p.personId())).distinct().toList())
                .forEach(person -> records.put(person.id().value(), person));
        List<PpnPerson> people = new ArrayList<>();
        for (CrimePerson person : linked) {
            Person record = records.get(person.personId());
            String name = record == null ? "Person record " + person.personId() : record.details().fullName();
            people.add(new PpnPerson(new PersonId(person.personId()), name,
                    person.role() == CrimePerson.Role.VICTIM ? PersonRole.VICTIM : PersonRole.PERPETRATOR));
        }
        return people;
    }

    /** Certainly under 18 on the day: even the earliest birth date a partial date allows is less than 18 years before. */
    private boolean isChild(PersonId victim, java.time.Instant at) {
        return persons.currentForDerivedData(List.of(victim)).stream().findFirst()
                .flatMap(person -> person.details().primaryDateOfBirth())
                .map(born -> born.earliest().plusYears(18).isAfter(LocalDate.ofInstant(at, ForceTime.ZONE)))
                .orElse(false);
    }
}
