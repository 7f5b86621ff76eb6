package uk.peel.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/**
 * Crime recording over the API and its pages, as the registrar, an investigator and a designated decision maker
 * use them: an incident closed as crime-related, its decision due, the crime recorded, a cancellation refused
 * without an allowed reason and approved only by a decision maker; the pages render for each.
 */
@PeelIntegrationTest
class CrimeApiIT {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private RestClient as(Role role) {
        return Api.as(port, TestUsers.withRole(accounts, role), TestUsers.PASSWORD);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<String, Object> decisionFor(String reference) throws InterruptedException {
        RestClient registrar = as(Role.CRIME_REGISTRAR);
        Instant giveUp = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(giveUp)) {
            List<Map<String, Object>> due = registrar.get().uri("/api/v1/crime-decisions?limit=1000").retrieve().body(List.class);
            var found = due.stream().filter(d -> reference.equals(d.get("sourceReference"))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no decision due for " + reference);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Test
    void anIncidentClosedAsCrimeIsDecidedRecordedAndItsCancellationNeedsAnAllowedReasonAndADecisionMaker() throws Exception {
        RestClient dispatcher = as(Role.DISPATCHER);
        Map<String, Object> incident = dispatcher.post().uri("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
                .body("{\"openingCategory\":\"CRIME_ROBBERY\",\"grade\":\"2\",\"location\":{\"postcode\":\"M16 0RA\"}}")
                .retrieve().body(Map.class);
        dispatcher.post().uri("/api/v1/incidents/{id}/close", incident.get("id")).contentType(MediaType.APPLICATION_JSON)
                .body("{\"category\":\"CRIME_ROBBERY\",\"result\":\"Phone taken at knifepoint\"}").retrieve().toBodilessEntity();
        String reference = (String) incident.get("reference");

        Map<String, Object> due = decisionFor(reference);
        assertThat((Map<String, Object>) due.get("clock")).containsEntry("breached", false);
        assertThat(((Number) ((Map<String, Object>) due.get("clock")).get("secondsRemaining")).longValue()).isBetween(86_000L, 86_400L);
        String decisionId = (String) due.get("id");

        RestClient investigator = as(Role.INVESTIGATOR);
        Map<String, Object> victim = investigator.post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                .body("{\"forenames\":\"Rita\",\"surname\":\"Robbed\"}").retrieve().body(Map.class);
        ResponseEntity<List> recorded = investigator.post().uri("/api/v1/crime-decisions/{id}/record", decisionId)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"classification\":\"34B\",\"victims\":[\"" + victim.get("id") + "\"],\"flags\":[\"KNIFE_OR_SHARP_INSTRUMENT\"]}")
                .retrieve().toEntity(List.class);
        assertThat(recorded.getStatusCode().value()).isEqualTo(201);
        Map<String, Object> crime = (Map<String, Object>) recorded.getBody().getFirst();
        String crn = (String) crime.get("crn");
        assertThat(crime).containsEntry("classification", "34B").containsEntry("status", "RECORDED");

        Map<String, Object> decision = as(Role.CRIME_REGISTRAR).get().uri("/api/v1/crime-decisions/{id}", decisionId).retrieve().body(Map.class);
        assertThat(decision).containsEntry("status", "RECORDED");
        assertThat((List<Map<String, Object>>) decision.get("crimes")).extracting(c -> c.get("crn")).containsExactly(crn);
        assertThat(((Map<String, Object>) decision.get("report")).get("summary").toString()).contains("knifepoint");

        assertThat(investigator.get().uri("/crimes/{crn}", crn).retrieve().body(String.class))
                .contains("Ask for reclassification").contains("Ask for cancellation").contains("Add the person");

        ResponseEntity<Map> refused = investigator.post().uri("/api/v1/crimes/{crn}/cancellation", crn).contentType(MediaType.APPLICATION_JSON)
                .body("{\"reason\":\"VICTIM_DOES_NOT_SUPPORT\",\"explanation\":\"Victim does not want to go to court\"}")
                .retrieve().toEntity(Map.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().toString()).contains("not a reason the Home Office Counting Rules allow");

        Map<String, Object> request = investigator.post().uri("/api/v1/crimes/{crn}/cancellation", crn).contentType(MediaType.APPLICATION_JSON)
                .body("{\"reason\":\"C1_TRANSFERRED\",\"explanation\":\"Happened in Stockport station: BTP\"}")
                .retrieve().body(Map.class);
        ResponseEntity<Map> notAllowed = investigator.post().uri("/api/v1/crimes/changes/{id}/approve", request.get("id"))
                .contentType(MediaType.APPLICATION_JSON).body("{}").retrieve().toEntity(Map.class);
        assertThat(notAllowed.getStatusCode().value()).isEqualTo(403);

        Map<String, Object> cancelled = as(Role.DECISION_MAKER).post().uri("/api/v1/crimes/changes/{id}/approve", request.get("id"))
                .contentType(MediaType.APPLICATION_JSON).body("{\"note\":\"Confirmed with BTP\"}").retrieve().body(Map.class);
        assertThat(cancelled).containsEntry("status", "CANCELLED");
        List<Map<String, Object>> history = investigator.get().uri("/api/v1/crimes/{crn}/history", crn).retrieve().body(List.class);
        assertThat(history).extracting(v -> v.get("status")).containsExactly("RECORDED", "CANCELLED");

        assertThat(dispatcher.get().uri("/incidents/{id}", incident.get("id")).retrieve().body(String.class))
                .as("the incident says what became of its referral").contains("Crime recording: Recorded");

        // The pages, for the people who use them.
        RestClient registrar = as(Role.CRIME_REGISTRAR);
        assertThat(registrar.get().uri("/crime/decisions").retrieve().body(String.class)).contains("Crime recording decisions");
        assertThat(registrar.get().uri("/crime/decisions/{id}", decisionId).retrieve().body(String.class))
                .contains("Recording decision on " + reference).contains(crn);
        assertThat(as(Role.DECISION_MAKER).get().uri("/crimes/{id}", crime.get("id")).retrieve().body(String.class))
                .contains(crn).contains("ROBBED, Rita").contains("Knife or sharp instrument").contains("Cancelled");
        assertThat(registrar.get().uri("/crime/reconciliation").retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(as(Role.CALL_HANDLER).get().uri("/crime/decisions").retrieve().toEntity(String.class).getStatusCode().value())
                .as("call handlers do not record crimes").isEqualTo(403);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Test
    void aReportFromAnotherChannelOpensAnOpenDecisionWithAPageToDecideIt() {
        RestClient officer = as(Role.RESPONSE_OFFICER);
        ResponseEntity<Map> created = officer.post().uri("/api/v1/crime-decisions").contentType(MediaType.APPLICATION_JSON)
                .body("{\"channel\":\"FRONT_COUNTER\",\"summary\":\"Bike stolen from outside the library\",\"suggestedClassification\":\"44\","
                        + "\"location\":{\"postcode\":\"M33 7XW\"}}")
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("status", "DUE").containsEntry("channel", "FRONT_COUNTER");

        ResponseEntity<Map> invalid = officer.post().uri("/api/v1/crime-decisions").contentType(MediaType.APPLICATION_JSON)
                .body("{\"summary\":\"\",\"suggestedClassification\":\"XYZ\"}").retrieve().toEntity(Map.class);
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(invalid.getBody().toString()).contains("channel").contains("summary").contains("suggestedClassification");

        assertThat(officer.get().uri("/crime/decisions/new").retrieve().body(String.class)).contains("Take a crime-related report")
                .contains("Front counter");
        assertThat(officer.get().uri("/crime/people?q=nobody+at+all").retrieve().body(String.class)).contains("person-results");
        String page = officer.get().uri("/crime/decisions/{id}", created.getBody().get("id")).retrieve().body(String.class);
        assertThat(page).contains("Bike stolen from outside the library").contains("44 Theft or unauthorised taking of a pedal cycle")
                .contains("Record the crime").contains("Decide: not a crime");

        ResponseEntity<Map> notACrime = officer.post().uri("/api/v1/crime-decisions/{id}/not-a-crime", created.getBody().get("id"))
                .contentType(MediaType.APPLICATION_JSON).body("{\"reason\":\"ALREADY_RECORDED\",\"explanation\":\"Same bike as CR-2026-000001\"}")
                .retrieve().toEntity(Map.class);
        assertThat(notACrime.getBody()).containsEntry("status", "NOT_A_CRIME").containsEntry("noCrimeReason", "ALREADY_RECORDED");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Test
    void breachedClocksAreListedForSupervisorsAndTheRegistrar() {
        String reference = "ONL-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        as(Role.RESPONSE_OFFICER).post().uri("/api/v1/crime-decisions").contentType(MediaType.APPLICATION_JSON)
                .body("{\"channel\":\"ONLINE\",\"sourceReference\":\"" + reference + "\",\"summary\":\"Parcel stolen from doorstep\","
                        + "\"reportedAt\":\"" + Instant.now().minus(java.time.Duration.ofHours(25)) + "\"}")
                .retrieve().toBodilessEntity();

        List<Map<String, Object>> breached = as(Role.CRIME_REGISTRAR).get().uri("/api/v1/crime-decisions?breached=true&limit=1000")
                .retrieve().body(List.class);
        assertThat(breached).filteredOn(d -> reference.equals(d.get("sourceReference"))).singleElement()
                .satisfies(d -> assertThat((Map<String, Object>) d.get("clock")).containsEntry("breached", true));
        String page = as(Role.SUPERVISOR).get().uri("/crime/decisions?breached=true").retrieve().body(String.class);
        assertThat(page).contains("Breached: no decision after 24 hours").contains(reference).contains("Overdue by");
    }

    @Test
    void listingCrimesWholeIsAuditedAsAConsultation() {
        String registrar = TestUsers.withRole(accounts, Role.CRIME_REGISTRAR);
        long before = jdbc.sql("select count(*) from audit_log where username = ? and detail = 'listed recent crimes'")
                .param(registrar).query(Long.class).single();

        as(Role.CRIME_REGISTRAR).get().uri("/api/v1/crimes?limit=5").retrieve().toBodilessEntity();

        long after = jdbc.sql("select count(*) from audit_log where username = ? and detail = 'listed recent crimes'")
                .param(registrar).query(Long.class).single();
        long crimes = jdbc.sql("select count(*) from crime").query(Long.class).single();
        assertThat(after - before).isEqualTo(crimes == 0 ? 0 : 1);
    }

    @Test
    void theOperationsAreInTheApiDescription() {
        String description = Api.admin(port).get().uri("/v3/api-docs").retrieve().body(String.class);
        assertThat(description).contains("/api/v1/crimes").contains("/api/v1/crime-decisions")
                .contains("/api/v1/crime-decisions/{id}/record").contains("/api/v1/crime-reconciliation");
    }
}
