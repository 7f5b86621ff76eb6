package uk.peel.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import uk.peel.crime.Crime;
import uk.peel.crime.CrimeFlag;
import uk.peel.crime.CrimeRecorded;
import uk.peel.crime.CrimeRecordingDecisions;
import uk.peel.crime.CrimeReport;
import uk.peel.crime.RecordCrimeRequest;
import uk.peel.crime.RecordingChannel;
import uk.peel.crime.RecordingDecision;
import uk.peel.incident.CallReport;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.Incidents;
import uk.peel.incident.SafeguardingFlag;
import uk.peel.person.PartialDate;
import uk.peel.person.Person;
import uk.peel.person.PersonDetails;
import uk.peel.person.PersonId;
import uk.peel.person.PersonRecords;
import uk.peel.person.WarningMarker;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Acting;
import uk.peel.support.Api;
import uk.peel.support.TestUsers;
import uk.peel.support.PeelIntegrationTest;

/**
 * Notices raised from records other than an incident — a crime with a vulnerability flag, a warning marker added to
 * a person record — through the record's event, stored with the record's transaction and completed only when the
 * notice is committed; raising is idempotent per record and type, so a redelivery after a crash leaves one notice.
 */
@PeelIntegrationTest
class RecordsRaiseNoticesIT {

    private static final String CRIME_LISTENER = "%CrimesRaiseNotices.on(%";

    @Autowired
    Incidents incidents;
    @Autowired
    CrimeRecordingDecisions decisions;
    @Autowired
    uk.peel.crime.Crimes crimes;
    @Autowired
    PersonRecords persons;
    @Autowired
    Ppns ppns;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void aDomesticAbuseCrimeRaisesAPrefilledNoticeNamingItsVictimAndSuspect() {
        PersonId victim = person("Ann", "Crimevictim", null);
        PersonId suspect = person("Sid", "Crimesuspect", null);

        Crime crime = recordDirect(Set.of(CrimeFlag.DOMESTIC_ABUSE, CrimeFlag.KNIFE_OR_SHARP_INSTRUMENT), victim, suspect);

        Ppn ppn = ppns.find(eventually(() -> ppns.linkedTo(PpnLink.Kind.CRIME, crime.id().value()), list -> !list.isEmpty())
                .getFirst().id());
        assertThat(ppns.linkedTo(PpnLink.Kind.CRIME, crime.id().value())).as("the knife flag implies no vulnerability").hasSize(1);
        assertThat(ppn.type()).isEqualTo("DOMESTIC_ABUSE");
        assertThat(ppn.source()).isEqualTo(PpnSource.CRIME);
        assertThat(ppn.team()).isEqualTo("DAU");
        assertThat(ppn.assessmentDueAt()).as("a domestic-abuse notice needs its DASH").isNotNull();
        assertThat(ppn.summary()).contains(crime.crn()).contains("domestic abuse").contains("Punched");
        assertThat(ppn.people()).extracting(PpnPerson::personId, PpnPerson::name, PpnPerson::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple(victim, "Ann Crimevictim", PersonRole.VICTIM),
                org.assertj.core.groups.Tuple.tuple(suspect, "Sid Crimesuspect", PersonRole.PERPETRATOR));
        assertThat(ppns.links(ppn.id())).singleElement().satisfies(link -> {
            assertThat(link.reference()).isEqualTo(crime.crn());
            assertThat(link.raised()).isTrue();
        });
        assertThat(ppns.log(ppn.id()).getFirst().text()).contains("Raised automatically from crime " + crime.crn());
        String page = Api.as(port, TestUsers.withRole(accounts, Role.PUBLIC_PROTECTION), TestUsers.PASSWORD).get()
                .uri("/ppns/{id}", ppn.id().value()).retrieve().body(String.class);
        assertThat(page).contains("id=\"ppn-links\"").contains("Crime " + crime.crn()).contains("raised this notice")
                .contains("From a recorded crime");
    }

    @Test
    void aChildVictimOfModernSlaveryRaisesAChildConcernNotAnAdultAtRisk() {
        PersonId child = person("Kid", "Slaveryvictim", new PartialDate(LocalDate.now().getYear() - 15, null, null));

        Crime crime = recordDirect(Set.of(CrimeFlag.MODERN_SLAVERY), child, null);

        assertThat(eventually(() -> ppns.linkedTo(PpnLink.Kind.CRIME, crime.id().value()), list -> !list.isEmpty()))
                .extracting(Ppn::type).containsExactly("CHILD_CONCERN");
    }

    @Test
    void aCrimeFromAnIncidentThatRaisedANoticeIsLinkedToItAndNamesItsPeopleOnIt() {
        Incident incident = Acting.as("sg-test-handler", Role.DISPATCHER, () -> {
            Incident opened = incidents.open(new CallReport(null, null, new IncidentLocation("M16 0RA", "14 Test Street", 53.46, -2.29),
                    "CRIME_VIOLENCE", "2", null, Set.of(SafeguardingFlag.DOMESTIC_ABUSE), "Neighbour hears a woman screaming", null));
            return incidents.close(opened.id(), new Incidents.ClosureRequest("CRIME_VIOLENCE", List.of("Domestic abuse"),
                    "Victim has bruising; partner left before police arrived"));
        });
        Ppn fromIncident = eventually(() -> ppns.ofIncident(incident.id()), list -> !list.isEmpty()).getFirst();
        RecordingDecision decision = eventually(() -> decisions.forIncident(incident.id()), java.util.Optional::isPresent).orElseThrow();
        PersonId victim = person("Viv", "Linkedvictim", null);
        PersonId suspect = person("Pat", "Linkedsuspect", null);

        Crime crime = Acting.as("sg-test-investigator", Role.INVESTIGATOR, () -> decisions.record(decision.id(),
                recording(Set.of(CrimeFlag.DOMESTIC_ABUSE), victim, suspect))).getFirst();

        List<Ppn> linked = eventually(() -> ppns.linkedTo(PpnLink.Kind.CRIME, crime.id().value()), list -> !list.isEmpty());
        assertThat(linked).singleElement().satisfies(ppn -> assertThat(ppn.id()).as("linked, not duplicated").isEqualTo(fromIncident.id()));
        assertThat(ppns.ofIncident(incident.id())).hasSize(1);
        assertThat(ppns.find(fromIncident.id()).people()).extracting(PpnPerson::personId).contains(victim, suspect);
        assertThat(ppns.links(fromIncident.id())).singleElement().satisfies(link -> assertThat(link.raised()).isFalse());
        assertThat(ppns.log(fromIncident.id())).anySatisfy(entry -> assertThat(entry.text()).contains("Linked to crime " + crime.crn()));
    }

    @Test
    void anIncompleteCrimePublicationIsResubmittedAndStillLeavesOneNotice() {
        Crime crime = recordDirect(Set.of(CrimeFlag.CHILD_SEXUAL_EXPLOITATION, CrimeFlag.HATE_RACE), person("Cara", "Redelivered", null), null);
        eventually(() -> completion(crime), done -> done != null);
        List<Ppn> first = ppns.linkedTo(PpnLink.Kind.CRIME, crime.id().value());
        assertThat(first).extracting(Ppn::type).containsExactlyInAnyOrder("CHILD_CONCERN", "OTHER");

        // The state a crash after the crime's commit leaves: the publication stored, not completed.
        int reopened = jdbc.sql("""
                        update event_publication set completion_date = null, status = 'PUBLISHED'
                         where listener_id like :listener and serialized_event like :crime""")
                .param("listener", CRIME_LISTENER).param("crime", "%" + crime.id().value() + "%").update();
        assertThat(reopened).isEqualTo(1);
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof CrimeRecorded recorded
                && recorded.crimeId().equals(crime.id()));

        assertThat(eventually(() -> completion(crime), done -> done != null)).isNotNull();
        assertThat(ppns.linkedTo(PpnLink.Kind.CRIME, crime.id().value())).extracting(Ppn::id)
                .containsExactlyInAnyOrderElementsOf(first.stream().map(Ppn::id).toList());
    }

    @Test
    void aCrimeWithoutAVulnerabilityFlagRaisesNothingUntilAnAmendmentAddsOne() {
        Crime crime = recordDirect(Set.of(CrimeFlag.FIREARM), person("Fred", "Noflag", null), null);

        eventually(() -> completion(crime), done -> done != null);

        assertThat(ppns.linkedTo(PpnLink.Kind.CRIME, crime.id().value())).isEmpty();

        Acting.as("sg-test-investigator", Role.INVESTIGATOR, () -> crimes.amend(crime.id(), new uk.peel.crime.CrimeAmendment(
                crime.version(), null, null, null, "Shot at his former partner's door", null,
                Set.of(CrimeFlag.FIREARM, CrimeFlag.DOMESTIC_ABUSE), "Victim disclosed they were partners")));

        assertThat(eventually(() -> ppns.linkedTo(PpnLink.Kind.CRIME, crime.id().value()), list -> !list.isEmpty()))
                .singleElement().satisfies(ppn -> assertThat(ppn.type()).isEqualTo("DOMESTIC_ABUSE"));
    }

    @Test
    void aVulnerabilityMarkerAddedToAPersonRecordRaisesOneNoticeForThatPerson() {
        PersonId id = person("Mo", "Markerperson", null);
        Person current = Acting.as("sg-test-officer", Role.RESPONSE_OFFICER, () -> persons.view(id));
        PersonDetails d = current.details();
        PersonDetails marked = new PersonDetails(d.forenames(), d.surname(), d.aliases(), d.datesOfBirth(), d.gender(),
                d.selfDefinedEthnicity(), d.officerDefinedEthnicity(), d.addresses(), d.identifiers(),
                List.of(new WarningMarker(WarningMarker.Type.MENTAL_HEALTH, "Detained s.136 twice this year", null, null),
                        new WarningMarker(WarningMarker.Type.VIOLENT, null, null, null)));

        Person corrected = Acting.as("sg-test-officer", Role.RESPONSE_OFFICER,
                () -> persons.correct(id, current.version(), marked, "Mental health marker after s.136 detention"));

        List<Ppn> raised = eventually(() -> ppns.linkedTo(PpnLink.Kind.PERSON_MARKER, id.value()), list -> !list.isEmpty());
        assertThat(raised).singleElement().satisfies(ppn -> {
            Ppn full = ppns.find(ppn.id());
            assertThat(full.type()).as("the violent marker raises nothing").isEqualTo("MENTAL_HEALTH");
            assertThat(full.source()).isEqualTo(PpnSource.PERSON_RECORD);
            assertThat(full.people()).singleElement().satisfies(p -> {
                assertThat(p.personId()).isEqualTo(id);
                assertThat(p.role()).isEqualTo(PersonRole.SUBJECT);
            });
            assertThat(full.summary()).contains("Detained s.136");
        });

        // A later correction that keeps the marker is not the marker being added again.
        PersonDetails renamed = new PersonDetails("Mohammed", d.surname(), d.aliases(), d.datesOfBirth(), d.gender(),
                d.selfDefinedEthnicity(), d.officerDefinedEthnicity(), d.addresses(), d.identifiers(), marked.warningMarkers());
        Acting.as("sg-test-officer", Role.RESPONSE_OFFICER, () -> persons.correct(id, corrected.version(), renamed, "Full forename"));
        eventually(() -> jdbc.sql("select count(*) from event_publication where listener_id like '%PersonMarkersRaiseNotices%' and completion_date is null and serialized_event like :id")
                .param("id", "%" + id.value() + "%").query(Long.class).single(), n -> n == 0);
        assertThat(ppns.linkedTo(PpnLink.Kind.PERSON_MARKER, id.value())).hasSize(1);
    }

    @Test
    void aMarkerEnteredAsHistoryRaisesNothingButANewVulnerableAdultMarkerOnANewRecordDoes() {
        PersonId historic = Acting.as("sg-test-officer", Role.INVESTIGATOR, () -> persons.record(new PersonDetails("Hal", "Historic", null,
                null, null, null, null, null, null, List.of(new WarningMarker(WarningMarker.Type.SELF_HARM, "From the old system",
                        LocalDate.now().minusYears(3), null))))).id();
        PersonId vulnerable = Acting.as("sg-test-officer", Role.INVESTIGATOR, () -> persons.record(new PersonDetails("Vera", "Vulnerable", null,
                null, null, null, null, null, null, List.of(new WarningMarker(WarningMarker.Type.VULNERABLE_ADULT,
                        "Learning disability; targeted by local dealers", LocalDate.now(), null))))).id();

        assertThat(eventually(() -> ppns.linkedTo(PpnLink.Kind.PERSON_MARKER, vulnerable.value()), list -> !list.isEmpty()))
                .extracting(Ppn::type).containsExactly("ADULT_AT_RISK");
        eventually(() -> jdbc.sql("select count(*) from event_publication where listener_id like '%PersonMarkersRaiseNotices%' and completion_date is not null and serialized_event like :id")
                .param("id", "%" + historic.value() + "%").query(Long.class).single(), n -> n == 1);
        assertThat(ppns.linkedTo(PpnLink.Kind.PERSON_MARKER, historic.value())).as("a marker from three years ago").isEmpty();
    }

    private Crime recordDirect(Set<CrimeFlag> flags, PersonId victim, PersonId suspect) {
        RecordingDecision decision = Acting.as("sg-test-officer", Role.RESPONSE_OFFICER, () -> decisions.report(new CrimeReport(
                RecordingChannel.FRONT_COUNTER, null, null, "Woman reports her partner punched her at home", null, null, null)));
        return Acting.as("sg-test-investigator", Role.INVESTIGATOR, () -> decisions.record(decision.id(),
                recording(flags, victim, suspect))).getFirst();
    }

    private static RecordCrimeRequest recording(Set<CrimeFlag> flags, PersonId victim, PersonId suspect) {
        return new RecordCrimeRequest("8N", List.of(victim.value()), suspect == null ? List.of() : List.of(suspect.value()), List.of(),
                List.of(), null, null, null, null, "Punched the victim in the face at her front door", null, flags, null);
    }

    private PersonId person(String forenames, String surname, PartialDate born) {
        return Acting.as("sg-test-officer", Role.INVESTIGATOR, () -> persons.record(new PersonDetails(forenames, surname, null,
                born == null ? null : List.of(born), null, null, null, null, null, null))).id();
    }

    private Instant completion(Crime crime) {
        return jdbc.sql("""
                        select completion_date from event_publication
                         where listener_id like :listener and serialized_event like :crime""")
                .param("listener", CRIME_LISTENER).param("crime", "%" + crime.id().value() + "%")
                .query(Instant.class).optional().orElse(null);
    }

    private static <T> T eventually(Supplier<T> read, Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        T value = read.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        return value;
    }
}
