package uk.peel.stopsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import uk.peel.person.PersonDetails;
import uk.peel.person.PersonId;
import uk.peel.person.PersonRecords;
import uk.peel.platform.database.EmbeddedDatabase;
import uk.peel.safeguarding.Ppn;
import uk.peel.safeguarding.PpnLink;
import uk.peel.safeguarding.PpnSource;
import uk.peel.safeguarding.Ppns;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Acting;
import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/**
 * Stops recorded through the API: Code A's rules across fields refused with each field named, every record audited,
 * and a safeguarding concern raising its notice once through the stop's persisted event.
 */
@PeelIntegrationTest
class StopsIT {

    @Autowired
    Stops stops;
    @Autowired
    Ppns ppns;
    @Autowired
    PersonRecords persons;
    @Autowired
    UserAccounts accounts;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectProvider<EmbeddedDatabase> embedded;
    @LocalServerPort
    int port;

    private Map<String, Object> search() {
        Map<String, Object> stop = new HashMap<>();
        stop.put("type", "PERSON_SEARCH");
        stop.put("stoppedAt", Instant.now().minus(Duration.ofMinutes(20)).toString());
        stop.put("location", Map.of("description", "Outside the Arndale bus station, Cannon Street", "latitude", 53.4841, "longitude", -2.2399));
        stop.put("gender", "Male");
        stop.put("ageRange", "10-17");
        stop.put("officerDefinedEthnicity", "White");
        stop.put("legislation", "MISUSE_OF_DRUGS_S23");
        stop.put("objectOfSearch", "CONTROLLED_DRUGS");
        stop.put("grounds", "Seen handing small wraps to two adults in exchange for cash; strong smell of cannabis");
        stop.put("outcome", "COMMUNITY_RESOLUTION");
        return stop;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStopWithASafeguardingConcernRaisesAChildConcernNoticeNamingThePersonStoppedOnce() {
        PersonId boy = Acting.as("stop-test-officer", Role.RESPONSE_OFFICER,
                () -> persons.record(new PersonDetails("Tyler", "Stopped", null, null, null, null, null, null, null, null))).id();
        Map<String, Object> stop = search();
        stop.put("personId", boy.value().toString());
        stop.put("concern", "CHILD_EXPLOITATION");
        stop.put("concernDetails", "14, far from home in Rochdale, two phones and £300 cash; says an older man gives him a lift here");
        String officer = TestUsers.withRole(accounts, Role.RESPONSE_OFFICER);

        var created = Api.as(port, officer, TestUsers.PASSWORD).post().uri("/api/v1/stops").contentType(MediaType.APPLICATION_JSON)
                .body(stop).retrieve().toEntity(Map.class);

        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        StopId id = StopId.of((String) created.getBody().get("id"));
        assertThat((String) created.getBody().get("reference")).matches("SS-\\d{4}-\\d{6}");
        List<Ppn> raised = eventually(() -> ppns.linkedTo(PpnLink.Kind.STOP, id.value()), list -> !list.isEmpty());
        assertThat(raised).singleElement().satisfies(notice -> {
            Ppn full = ppns.find(notice.id());
            assertThat(full.type()).isEqualTo("CHILD_CONCERN");
            assertThat(full.source()).isEqualTo(PpnSource.STOP);
            assertThat(full.summary()).contains("two phones").contains(stops.find(id).reference()).contains("Misuse of Drugs Act 1971");
            assertThat(full.people()).singleElement().satisfies(p -> {
                assertThat(p.personId()).isEqualTo(boy);
                assertThat(p.name()).isEqualTo("Tyler Stopped");
            });
        });
        assertThat(jdbc.sql("select count(*) from audit_log where record_type = 'stop' and action = 'COLLECTION' and ?::text = any(record_ids)")
                .param(boy.value().toString()).query(Long.class).single()).as("recording names the person: audited").isEqualTo(1);

        // A crash after the stop's commit: the publication stored, not completed. Resubmitted, it raises nothing more.
        eventually(() -> completed(id), done -> done);
        jdbc.sql("""
                        update event_publication set completion_date = null, status = 'PUBLISHED'
                         where listener_id like '%StopsRaiseNotices.on(%' and serialized_event like :stop""")
                .param("stop", "%" + id.value() + "%").update();
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof StopRecorded recorded && recorded.stopId().equals(id));
        eventually(() -> completed(id), done -> done);
        assertThat(ppns.linkedTo(PpnLink.Kind.STOP, id.value())).hasSize(1);

        String page = Api.as(port, officer, TestUsers.PASSWORD).get().uri("/stops/{id}", id.value()).retrieve().body(String.class);
        assertThat(page).contains("Safeguarding concern").contains("two phones").contains("Misuse of Drugs Act 1971 (section 23)");
        String list = Api.as(port, officer, TestUsers.PASSWORD).get().uri("/stops").retrieve().body(String.class);
        assertThat(list).contains(stops.find(id).reference()).doesNotContain("Tyler");
        assertThat(Api.as(port, officer, TestUsers.PASSWORD).get().uri("/stops/new").retrieve().body(String.class))
                .contains("Record a stop").contains("Criminal Justice and Public Order Act 1994 (section 60)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSearchWithoutItsPowerGroundsOrOutcomeOrASection60WithoutAuthorisationIsRefusedNamingEachField() {
        String officer = TestUsers.withRole(accounts, Role.RESPONSE_OFFICER);
        Map<String, Object> bare = search();
        bare.remove("legislation");
        bare.remove("grounds");
        bare.remove("outcome");
        bare.put("concernDetails", "Seemed frightened");

        var refused = Api.as(port, officer, TestUsers.PASSWORD).post().uri("/api/v1/stops").contentType(MediaType.APPLICATION_JSON)
                .body(bare).retrieve().toEntity(Map.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(String.valueOf(refused.getBody())).contains("legislation").contains("outcome").contains("concern")
                .contains("Choose the power the search was made under");

        Map<String, Object> section60 = search();
        section60.put("legislation", "CJPOA_S60");
        section60.remove("grounds");
        var noAuthorisation = Api.as(port, officer, TestUsers.PASSWORD).post().uri("/api/v1/stops").contentType(MediaType.APPLICATION_JSON)
                .body(section60).retrieve().toEntity(Map.class);
        assertThat(noAuthorisation.getStatusCode().value()).isEqualTo(400);
        assertThat(String.valueOf(noAuthorisation.getBody())).contains("authorisation").doesNotContain("grounds");
        section60.put("authorisation", "Supt Khan, Moss Side, 18:00 to 06:00 after a stabbing");
        assertThat(Api.as(port, officer, TestUsers.PASSWORD).post().uri("/api/v1/stops").contentType(MediaType.APPLICATION_JSON)
                .body(section60).retrieve().toEntity(Map.class).getStatusCode().value()).isEqualTo(201);

        var investigator = Api.as(port, TestUsers.withRole(accounts, Role.INVESTIGATOR), TestUsers.PASSWORD).post().uri("/api/v1/stops")
                .contentType(MediaType.APPLICATION_JSON).body(search()).retrieve().toBodilessEntity();
        assertThat(investigator.getStatusCode().value()).as("investigators do not record stops").isEqualTo(403);
    }

    @Test
    void aStopWithoutAConcernRaisesNothingAndTheDemoRowsReadAsPublished() throws Exception {
        Stop plain = Acting.as("stop-test-officer", Role.RESPONSE_OFFICER, () -> stops.record(new NewStop(StopType.STOP_AND_ACCOUNT,
                Instant.now().minusSeconds(600), new StopLocation("M16 0RA", "Chester Road", null, null), null, null, null, null, null,
                null, null, null, null, null, null, null, false, null, null, null, null)));
        eventually(() -> completed(plain.id()), done -> done);
        assertThat(ppns.linkedTo(PpnLink.Kind.STOP, plain.id().value())).isEmpty();

        DemoStops demo = new DemoStops(stops, embedded);
        try (var in = new InputStreamReader(new ClassPathResource(DemoStops.FILE).getInputStream(), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            assertThat(rows).hasSize(14);
            for (CSVRecord row : rows) {
                Stop stop = demo.published(row);
                assertThat(stop.legislation()).as(row.get("Legislation")).isNotNull();
                assertThat(stop.legislation().label()).isEqualTo(row.get("Legislation"));
                assertThat(stop.objectOfSearch().label()).isEqualTo(row.get("Object of search"));
                assertThat(stop.outcome().label()).isEqualTo(row.get("Outcome"));
                assertThat(stop.type().label()).isEqualTo(row.get("Type"));
                assertThat(stop.location().latitude()).isBetween(53.0, 54.0);
            }
        }
    }

    private boolean completed(StopId id) {
        return jdbc.sql("""
                        select count(*) from event_publication
                         where listener_id like '%StopsRaiseNotices.on(%' and serialized_event like :stop and completion_date is not null""")
                .param("stop", "%" + id.value() + "%").query(Long.class).single() == 1;
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
