package uk.peel.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.peel.safeguarding.SafeguardingTestData.domesticCall;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import uk.peel.incident.Incident;
import uk.peel.incident.IncidentOpened;
import uk.peel.incident.Incidents;
import uk.peel.incident.SafeguardingFlag;
import uk.peel.support.PeelIntegrationTest;

/**
 * A vulnerability flag at call taking raises its notice through the incident's event, which is stored in the
 * incident's own transaction (the event publication log) and completed only when the notice is committed. A
 * publication left incomplete, as a crash between the two leaves it, is resubmitted, and raising is idempotent.
 */
@PeelIntegrationTest
class IncidentFlagRaisesNoticeIT {

    private static final String LISTENER = "%IncidentFlagsRaiseNotices.on(%";

    @Autowired
    Incidents incidents;
    @Autowired
    Ppns ppns;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aVulnerabilityFlagAtCallTakingRaisesAPrefilledNoticeForEachFlagOnceTheIncidentIsSaved() {
        Incident incident = domesticCall(incidents, "1", SafeguardingFlag.DOMESTIC_ABUSE, SafeguardingFlag.CHILD_CONCERN,
                SafeguardingFlag.REPEAT_VICTIM);

        List<Ppn> raised = eventually(() -> ppns.ofIncident(incident.id()), list -> list.size() == 2);

        assertThat(raised).extracting(Ppn::type).containsExactlyInAnyOrder("DOMESTIC_ABUSE", "CHILD_CONCERN");
        Ppn domestic = ppns.find(raised.stream().filter(p -> p.type().equals("DOMESTIC_ABUSE")).findFirst().orElseThrow().id());
        assertThat(domestic.source()).isEqualTo(PpnSource.INCIDENT_FLAG);
        assertThat(domestic.team()).isEqualTo("DAU");
        assertThat(domestic.risk()).as("a grade 1 incident raises at high risk until assessed").isEqualTo(Risk.HIGH);
        assertThat(domestic.raisedAt()).as("the clock starts when the flag was recorded").isEqualTo(incident.createdAt());
        assertThat(domestic.summary()).contains(incident.reference()).contains("has hit her").contains("M32 0JG");
        assertThat(domestic.people()).singleElement().satisfies(person -> {
            assertThat(person.name()).isEqualTo("Jane Doe");
            assertThat(person.role()).isEqualTo(PersonRole.VICTIM);
        });
        assertThat(domestic.flaggedRepeatVictim()).isTrue();
        assertThat(eventually(() -> completion(incident), done -> done != null)).isNotNull();
    }

    @Test
    void anIncompletePublicationIsResubmittedAndStillLeavesOneNoticePerType() {
        Incident incident = domesticCall(incidents, "2", SafeguardingFlag.DOMESTIC_ABUSE);
        eventually(() -> completion(incident), done -> done != null);
        Ppn first = ppns.ofIncident(incident.id()).getFirst();

        // The state a crash after the incident's commit leaves: the publication stored, not completed.
        int reopened = jdbc.sql("""
                        update event_publication set completion_date = null, status = 'PUBLISHED'
                         where listener_id like :listener and serialized_event like :incident""")
                .param("listener", LISTENER).param("incident", "%" + incident.id() + "%").update();
        assertThat(reopened).isEqualTo(1);

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof IncidentOpened opened
                && opened.incidentId().equals(incident.id()));

        assertThat(eventually(() -> completion(incident), done -> done != null)).isNotNull();
        assertThat(ppns.ofIncident(incident.id())).singleElement().satisfies(ppn -> assertThat(ppn.id()).isEqualTo(first.id()));
    }

    @Test
    void anIncidentWithoutSafeguardingFlagsRaisesNothing() {
        Incident incident = domesticCall(incidents, "3");

        eventually(() -> completion(incident), done -> done != null);

        assertThat(ppns.ofIncident(incident.id())).isEmpty();
    }

    private Instant completion(Incident incident) {
        return jdbc.sql("""
                        select completion_date from event_publication
                         where listener_id like :listener and serialized_event like :incident""")
                .param("listener", LISTENER).param("incident", "%" + incident.id() + "%")
                .query(Instant.class).optional().orElse(null);
    }

    private static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) {
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
