package uk.peel.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/** A call through to closure over the API, as a call handler's and a dispatcher's screens drive it. */
@PeelIntegrationTest
class IncidentLifecycleIT {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private RestClient as(Role role) {
        return Api.as(port, TestUsers.withRole(accounts, role), TestUsers.PASSWORD);
    }

    @SuppressWarnings("unchecked")
    @Test
    void aGradeOneCallIsDispatchedAttendedAndClosedAsACrimeWithItsRecordingReferral() {
        RestClient dispatcher = as(Role.DISPATCHER);
        // Two units near Old Trafford: the nearer one should be recommended first.
        dispatcher.post().uri("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                .body("{\"callSign\":\"LC11\",\"type\":\"RESPONSE\",\"crew\":[\"PC 1234 Shah\"],\"skills\":[\"Taser\"]}")
                .retrieve().toBodilessEntity();
        dispatcher.post().uri("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                .body("{\"callSign\":\"LC12\",\"type\":\"RESPONSE\"}").retrieve().toBodilessEntity();
        dispatcher.put().uri("/api/v1/units/LC11/position").contentType(MediaType.APPLICATION_JSON)
                .body("{\"latitude\":53.4660,\"longitude\":-2.2620}").retrieve().toBodilessEntity();
        dispatcher.put().uri("/api/v1/units/LC12/position").contentType(MediaType.APPLICATION_JSON)
                .body("{\"latitude\":53.5200,\"longitude\":-2.3500}").retrieve().toBodilessEntity();

        var created = as(Role.CALL_HANDLER).post().uri("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"openingCategory":"CRIME_BURGLARY","grade":"1",
                         "location":{"postcode":"m15 4ab","address":"1 Talbot Road"},
                         "caller":{"name":"Ann Example","phone":"07700 900123","relationship":"victim"},
                         "account":"Someone is breaking in now","safeguarding":["ADULT_AT_RISK"]}""")
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        Map<String, Object> incident = created.getBody();
        String id = (String) incident.get("id");
        assertThat(incident.get("status")).isEqualTo("AWAITING_UNIT");
        assertThat((Map<String, Object>) incident.get("location")).containsEntry("postcode", "M15 4AB")
                .as("placed at the postcode's centre from the gazetteer").containsKey("latitude");
        assertThat(((Map<String, Object>) incident.get("location")).get("latitude")).isNotNull();

        // Grade 1 with no unit: escalated to the duty inspector at once.
        assertThat(jdbc.sql("select role from incident_alert where incident_id = ?::uuid and kind = 'UNASSIGNED'")
                .param(id).query(String.class).single()).isEqualTo("DUTY_INSPECTOR");

        List<Map<String, Object>> recommended = dispatcher.get().uri("/api/v1/incidents/{id}/recommendations", id)
                .retrieve().body(List.class);
        assertThat(recommended).extracting(r -> r.get("callSign")).containsSubsequence("LC11", "LC12");
        assertThat((List<String>) recommended.getFirst().get("reasons")).anySatisfy(reason -> assertThat(reason).contains("km away"));

        dispatcher.post().uri("/api/v1/incidents/{id}/units", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"callSign\":\"LC11\"}").retrieve().toBodilessEntity();
        assertThat(jdbc.sql("select acknowledged_at is not null from incident_alert where incident_id = ?::uuid")
                .param(id).query(Boolean.class).single()).as("the escalation ends when a unit is assigned").isTrue();

        RestClient device = as(Role.RESPONSE_OFFICER);
        device.put().uri("/api/v1/units/LC11/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"EN_ROUTE\"}").retrieve().toBodilessEntity();
        Map<String, Object> atScene = device.put().uri("/api/v1/units/LC11/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"AT_SCENE\"}").retrieve().body(Map.class);
        assertThat(atScene).containsEntry("status", "AT_SCENE").containsEntry("incidentId", id);

        Map<String, Object> afterArrival = dispatcher.get().uri("/api/v1/incidents/{id}", id).retrieve().body(Map.class);
        assertThat(afterArrival.get("status")).isEqualTo("AT_SCENE");
        assertThat((Map<String, Object>) afterArrival.get("clock")).containsEntry("attended", true)
                .containsEntry("attendanceBreached", false);

        Map<String, Object> closed = dispatcher.post().uri("/api/v1/incidents/{id}/close", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"category\":\"CRIME_BURGLARY\",\"qualifiers\":[\"Repeat location\"],\"result\":\"Suspect arrested at scene\"}")
                .retrieve().body(Map.class);
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(dispatcher.get().uri("/api/v1/units/LC11").retrieve().body(Map.class))
                .as("the unit is freed when the incident closes").containsEntry("status", "AVAILABLE");

        // The closure referred it for a crime recording decision, which crime recording opens at once.
        assertThat(jdbc.sql("select closing_category from crime_recording_referral where incident_id = ?::uuid").param(id)
                .query(String.class).single()).isEqualTo("CRIME_BURGLARY");
        java.time.Instant giveUp = java.time.Instant.now().plusSeconds(20);
        long decisions = 0;
        while (decisions == 0 && java.time.Instant.now().isBefore(giveUp)) {
            decisions = jdbc.sql("select count(*) from crime_recording_decision where incident_id = ?::uuid and status = 'DUE'")
                    .param(id).query(Long.class).single();
        }
        assertThat(decisions).as("a recording decision is due").isEqualTo(1);

        List<Map<String, Object>> log = dispatcher.get().uri("/api/v1/incidents/{id}/log", id).retrieve().body(List.class);
        assertThat(log).extracting(entry -> (String) entry.get("kind"))
                .containsSubsequence("CREATED", "NOTE", "ALERT", "UNIT", "UNIT", "UNIT", "CLOSED");
        assertThat(log).extracting(entry -> (String) entry.get("text"))
                .anySatisfy(text -> assertThat(text).startsWith("LC11 at scene").contains("within the target of 15 min"));

        assertThat(jdbc.sql("select count(*) from audit_log where record_type = 'incident' and ?::text = any(record_ids)")
                .param(id).query(Long.class).single()).as("caller details collected and viewed are audited").isGreaterThanOrEqualTo(2);
    }

    @Test
    void refusesAnIncidentWithoutCategoryOrGradeNamingBothFields() {
        var response = as(Role.CALL_HANDLER).post().uri("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
                .body("{\"location\":{\"postcode\":\"not a postcode\"}}").retrieve()
                .onStatus(status -> true, (request, reply) -> { }).toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().toString()).contains("openingCategory").contains("grade").contains("location.postcode");
    }

    @Test
    void theLogIsAppendOnlyAndACorrectionIsANewEntry() {
        RestClient handler = as(Role.CALL_HANDLER);
        String id = (String) handler.post().uri("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
                .body("{\"openingCategory\":\"PS_CONCERN_FOR_SAFETY\",\"grade\":\"3\",\"account\":\"Neighbour not seen for a week\"}")
                .retrieve().body(Map.class).get("id");
        handler.post().uri("/api/v1/incidents/{id}/log", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"text\":\"Neighbour not seen for two weeks\",\"corrects\":2}").retrieve().toBodilessEntity();

        assertThat(jdbc.sql("select text from incident_log where incident_id = ?::uuid order by seq").param(id)
                .query(String.class).list()).containsSubsequence("Neighbour not seen for a week",
                "Correction to entry 2: Neighbour not seen for two weeks");
        var refused = org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql(
                "update incident_log set text = 'rewritten' where incident_id = ?::uuid").param(id).update());
        assertThat(refused).hasStackTraceContaining("append-only");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theIncidentAndUnitOperationsAreInTheOpenApiDescription() {
        Map<String, Object> description = Api.admin(port).get().uri("/v3/api-docs").retrieve().body(Map.class);
        Map<String, Object> paths = (Map<String, Object>) description.get("paths");

        assertThat(paths).containsKeys("/api/v1/incidents", "/api/v1/incidents/{id}", "/api/v1/incidents/{id}/units",
                "/api/v1/incidents/{id}/close", "/api/v1/incidents/{id}/recommendations", "/api/v1/units",
                "/api/v1/units/{callSign}/status", "/api/v1/units/{callSign}/position");
    }

    @SuppressWarnings("unchecked")
    @Test
    void aWarningAboutAPlaceIsFoundByPostcodeAndNearItsPointUntilWithdrawn() {
        RestClient dispatcher = as(Role.DISPATCHER);
        Map<String, Object> warning = dispatcher.post().uri("/api/v1/location-warnings").contentType(MediaType.APPLICATION_JSON)
                .body("{\"location\":{\"postcode\":\"m16 0pz\",\"latitude\":53.4560,\"longitude\":-2.2800},"
                        + "\"type\":\"FIREARMS\",\"details\":\"Shotgun certificate holder\"}")
                .retrieve().body(Map.class);

        assertThat(dispatcher.get().uri("/api/v1/location-warnings?postcode=M16 0PZ").retrieve().body(List.class))
                .anySatisfy(found -> assertThat((Map<String, Object>) found).containsEntry("id", warning.get("id")));
        assertThat(dispatcher.get().uri("/api/v1/location-warnings?latitude=53.4562&longitude=-2.2803").retrieve().body(List.class))
                .as("about 30 m away").anySatisfy(found -> assertThat((Map<String, Object>) found).containsEntry("id", warning.get("id")));

        dispatcher.post().uri("/api/v1/location-warnings/{id}/withdraw", warning.get("id")).contentType(MediaType.APPLICATION_JSON)
                .body("{\"reason\":\"Certificate revoked and guns surrendered\"}").retrieve().toBodilessEntity();
        assertThat(dispatcher.get().uri("/api/v1/location-warnings?postcode=M16 0PZ").retrieve().body(List.class))
                .noneSatisfy(found -> assertThat((Map<String, Object>) found).containsEntry("id", warning.get("id")));
        assertThat(jdbc.sql("select withdrawn_by is not null from location_warning where id = ?::uuid").param(warning.get("id"))
                .query(Boolean.class).single()).as("withdrawn, never deleted").isTrue();
    }
}
