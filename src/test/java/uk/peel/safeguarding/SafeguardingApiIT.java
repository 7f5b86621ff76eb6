package uk.peel.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/** The notices' JSON API and pages as each role sees them. */
@PeelIntegrationTest
class SafeguardingApiIT {

    private static final String NOTICE = """
            {"type":"DOMESTIC_ABUSE","risk":"MEDIUM","summary":"Neighbour heard screaming; victim has a black eye",
             "people":[{"name":"Jane Doe","role":"VICTIM"},{"name":"John Doe","role":"PERPETRATOR"}]}""";

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
    private Map<String, Object> raise(RestClient client) {
        var created = client.post().uri("/api/v1/ppns").contentType(MediaType.APPLICATION_JSON).body(NOTICE).retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return created.getBody();
    }

    @Test
    void aResponseOfficerRaisesANoticeAndCompletesAHighRiskDashWhichIsReferredToMarac() {
        RestClient officer = as(Role.RESPONSE_OFFICER);
        Map<String, Object> ppn = raise(officer);
        assertThat(ppn).containsEntry("stage", "Awaiting risk assessment").containsEntry("team", "DAU");

        Map<String, Object> answers = new HashMap<>();
        for (int q = 1; q <= 27; q++) {
            answers.put(String.valueOf(q), q <= 15 ? "YES" : q == 27 ? "DECLINED" : "NO");
        }
        var assessed = officer.post().uri("/api/v1/ppns/{id}/risk-assessment", ppn.get("id")).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("answers", answers)).retrieve().toEntity(Map.class);

        assertThat(assessed.getStatusCode().value()).as(String.valueOf(assessed.getBody())).isEqualTo(200);
        assertThat(assessed.getBody()).containsEntry("risk", "HIGH").containsEntry("stage", "Awaiting triage");
        assertThat((List<Map<String, Object>>) assessed.getBody().get("referrals")).singleElement()
                .satisfies(referral -> assertThat(referral).containsEntry("agency", "MARAC").containsEntry("automatic", true));
    }

    @Test
    void aCallHandlerCannotRaiseOrReadNoticesAndAResponseOfficerCannotTriageOrClose() {
        Map<String, Object> ppn = raise(as(Role.RESPONSE_OFFICER));

        assertThat(as(Role.CALL_HANDLER).post().uri("/api/v1/ppns").contentType(MediaType.APPLICATION_JSON).body(NOTICE)
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
        assertThat(as(Role.CALL_HANDLER).get().uri("/api/v1/ppns/{id}", ppn.get("id")).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(403);
        assertThat(as(Role.RESPONSE_OFFICER).post().uri("/api/v1/ppns/{id}/close", ppn.get("id")).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("outcome", "DUPLICATE", "explanation", "x")).retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void closingWithoutAnOutcomeIsRefusedWithAClearProblemAndNothingChanges() {
        RestClient team = as(Role.PUBLIC_PROTECTION);
        Map<String, Object> ppn = raise(team);

        var refused = team.post().uri("/api/v1/ppns/{id}/close", ppn.get("id")).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of()).retrieve().toEntity(String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("A notice cannot be closed without an outcome");
        Map<String, Object> after = team.get().uri("/api/v1/ppns/{id}", ppn.get("id")).retrieve().body(Map.class);
        assertThat(after).containsEntry("status", "OPEN");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theQueuesMatchAnIndependentCountOfTheDatabase() {
        raise(as(Role.PUBLIC_PROTECTION));

        List<Map<String, Object>> queues = as(Role.DUTY_INSPECTOR).get().uri("/api/v1/ppns/queues").retrieve().body(List.class);

        Map<String, Long> counted = new HashMap<>();
        jdbc.sql("select team, count(*) as n from ppn where status <> 'CLOSED' group by team")
                .query((rs, row) -> counted.put(rs.getString("team"), rs.getLong("n"))).list();
        assertThat(queues).extracting(q -> (String) q.get("team")).containsExactly("DAU", "MASH");
        for (Map<String, Object> queue : queues) {
            assertThat(((Number) queue.get("open")).longValue()).as(queue.get("team").toString())
                    .isEqualTo(counted.getOrDefault(queue.get("team"), 0L));
            assertThat(((List<Number>) queue.get("ageBands")).stream().mapToLong(Number::longValue).sum())
                    .isEqualTo(((Number) queue.get("open")).longValue());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeamsTrendCountsTodaysNoticesRaisedAndStillOpen() {
        List<Map<String, Object>> before = as(Role.PUBLIC_PROTECTION).get().uri("/api/v1/ppns/queues/DAU/trend").retrieve().body(List.class);
        raise(as(Role.PUBLIC_PROTECTION));

        List<Map<String, Object>> after = as(Role.PUBLIC_PROTECTION).get().uri("/api/v1/ppns/queues/DAU/trend?days=3").retrieve().body(List.class);

        assertThat(before).hasSize(7);
        assertThat(after).hasSize(3);
        Map<String, Object> today = after.getLast();
        Map<String, Object> todayBefore = before.getLast();
        assertThat(((Number) today.get("raised")).longValue()).isEqualTo(((Number) todayBefore.get("raised")).longValue() + 1);
        assertThat(((Number) today.get("openAtEnd")).longValue()).isEqualTo(((Number) todayBefore.get("openAtEnd")).longValue() + 1);
        assertThat(as(Role.PUBLIC_PROTECTION).get().uri("/api/v1/ppns/queues/NOPE/trend").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void thePagesShowTheQueuesAndTheNoticeWithItsDashForm() {
        Map<String, Object> ppn = raise(as(Role.RESPONSE_OFFICER));

        String dashboard = as(Role.PUBLIC_PROTECTION).get().uri("/safeguarding").retrieve().body(String.class);
        String queue = as(Role.PUBLIC_PROTECTION).get().uri("/safeguarding/teams/DAU").retrieve().body(String.class);
        String page = as(Role.RESPONSE_OFFICER).get().uri("/ppns/{id}", ppn.get("id")).retrieve().body(String.class);

        assertThat(dashboard).contains("Safeguarding queues").contains("Domestic abuse unit").contains("Multi-agency safeguarding hub");
        assertThat(queue).contains((String) ppn.get("reference")).contains("Last 7 days");
        assertThat(page).contains((String) ppn.get("reference")).contains("DASH risk assessment")
                .contains("Have they ever strangled, choked, smothered or tried to drown you?").contains("Jane Doe");
        assertThat(as(Role.RESPONSE_OFFICER).get().uri("/safeguarding").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiDescriptionIncludesTheNoticeOperations() {
        Map<String, Object> description = Api.admin(port).get().uri("/v3/api-docs").retrieve().body(Map.class);

        assertThat(((Map<String, Object>) description.get("paths")).keySet()).contains("/api/v1/ppns", "/api/v1/ppns/{id}",
                "/api/v1/ppns/{id}/risk-assessment", "/api/v1/ppns/{id}/referrals", "/api/v1/ppns/{id}/close", "/api/v1/ppns/queues");
    }
}
