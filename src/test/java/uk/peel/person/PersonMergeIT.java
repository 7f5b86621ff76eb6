package uk.peel.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/** One golden record per person: merging keeps everything both records knew, and an undo gives both back. */
@PeelIntegrationTest
@SuppressWarnings("unchecked")
class PersonMergeIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;

    private final String surname = "Merrow" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);

    private RestClient admin() {
        return Api.admin(port);
    }

    private Map<String, Object> create(String json) {
        return admin().post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).body(json).retrieve().body(Map.class);
    }

    private Map<String, Object> read(Object id) {
        return admin().get().uri("/api/v1/persons/{id}", id).retrieve().body(Map.class);
    }

    private org.springframework.http.ResponseEntity<Map> merge(Object survivor, int survivorVersion, Object merged,
                                                                int mergedVersion, String reason) {
        return admin().post().uri("/api/v1/persons/merges").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("survivorId", survivor, "survivorVersion", survivorVersion, "mergedId", merged,
                        "mergedVersion", mergedVersion, "reason", reason))
                .retrieve().toEntity(Map.class);
    }

    private Map<String, Object> twoRecordsOfOnePerson() {
        Map<String, Object> robert = create("""
                {"forenames":"Robert","surname":"%s","datesOfBirth":["1985-12-03"],"gender":"UNKNOWN",
                 "addresses":[{"type":"HOME","line1":"1 Talbot Road","postcode":"M16 0RA"}],
                 "warningMarkers":[{"type":"VIOLENT"}]}""".formatted(surname));
        Map<String, Object> bobby = create("""
                {"forenames":"Bobby","surname":"%s","datesOfBirth":["1985-12-03","1985-03-12"],"gender":"MALE",
                 "identifiers":[{"type":"PNC_ID","value":"85/123456K"}],
                 "warningMarkers":[{"type":"WEAPONS","details":"carries a knife"}]}""".formatted(surname));
        return Map.of("robert", robert.get("id"), "bobby", bobby.get("id"));
    }

    @Test
    void mergingKeepsEveryNameDateIdentifierAndMarkerAndIsAuditedAsACombination() {
        Map<String, Object> ids = twoRecordsOfOnePerson();

        var merged = merge(ids.get("robert"), 1, ids.get("bobby"), 1, "Same PNC ID confirmed on custody record");

        assertThat(merged.getStatusCode().value()).isEqualTo(201);
        Map<String, Object> robert = read(ids.get("robert"));
        assertThat(robert).containsEntry("version", 2).containsEntry("gender", "MALE");
        assertThat((List<Map<String, Object>>) robert.get("aliases"))
                .containsExactly(Map.of("forenames", "Bobby", "surname", surname, "type", "ALIAS"));
        assertThat((List<String>) robert.get("datesOfBirth")).containsExactly("1985-12-03", "1985-03-12");
        assertThat(robert.get("identifiers").toString()).contains("85/123456K");
        assertThat(robert.get("warningMarkers").toString()).contains("VIOLENT").contains("WEAPONS").contains("carries a knife");
        assertThat(robert.get("addresses").toString()).contains("M16 0RA");
        assertThat(read(ids.get("bobby"))).containsEntry("mergedInto", ids.get("robert")).containsEntry("version", 1);

        assertThat(jdbc.sql("select count(*) from audit_log where action = 'COMBINATION' and record_ids @> array[:a, :b]::text[]")
                .param("a", ids.get("robert")).param("b", ids.get("bobby")).query(Long.class).single()).isEqualTo(1);
        List<Map<String, Object>> merges = admin().get().uri("/api/v1/persons/{id}/merges", ids.get("bobby")).retrieve().body(List.class);
        assertThat(merges).singleElement().satisfies(m -> assertThat(m.get("reason")).isEqualTo("Same PNC ID confirmed on custody record"));

        assertThat(searchIds("bobby " + surname + " 03/12/1985")).as("the merged record leaves the search; its name leads to the survivor")
                .contains(ids.get("robert")).doesNotContain(ids.get("bobby"));
    }

    @Test
    void undoingAMergeGivesBothRecordsBackAndKeepsCorrectionsMadeSince() {
        Map<String, Object> ids = twoRecordsOfOnePerson();
        String mergeId = (String) merge(ids.get("robert"), 1, ids.get("bobby"), 1, "Looked the same").getBody().get("id");
        admin().put().uri("/api/v1/persons/{id}", ids.get("robert")).header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).body(withPhone(read(ids.get("robert")))).retrieve().toBodilessEntity();

        var undo = admin().post().uri("/api/v1/persons/merges/{id}/undo", mergeId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "Different people: fingerprints do not match")).retrieve().toEntity(Map.class);

        assertThat(undo.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> robert = read(ids.get("robert"));
        assertThat(robert).containsEntry("version", 4).containsEntry("gender", "UNKNOWN");
        assertThat((List<?>) robert.get("aliases")).isEmpty();
        assertThat((List<String>) robert.get("datesOfBirth")).containsExactly("1985-12-03");
        assertThat(robert.get("identifiers").toString()).doesNotContain("85/123456K").contains("07700900123");
        assertThat(robert.get("warningMarkers").toString()).contains("VIOLENT").doesNotContain("WEAPONS");
        assertThat(read(ids.get("bobby")).get("mergedInto")).isNull();
        assertThat(searchIds("bobby " + surname + " 03/12/1985")).contains(ids.get("bobby"));

        var again = admin().post().uri("/api/v1/persons/merges/{id}/undo", mergeId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "twice")).retrieve().toEntity(Map.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void refusesStaleMissingOrUnauthorisedMergesAndChangesToAMergedRecord() {
        Map<String, Object> ids = twoRecordsOfOnePerson();

        assertThat(merge(ids.get("robert"), 7, ids.get("bobby"), 1, "stale").getStatusCode().value()).isEqualTo(409);
        var noReason = merge(ids.get("robert"), 1, ids.get("bobby"), 1, " ");
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody().toString()).contains("reason");
        assertThat(merge(ids.get("robert"), 1, ids.get("robert"), 1, "self").getStatusCode().value()).isEqualTo(400);
        accounts.createIfMissing("merge-dispatcher", "Merge Dispatcher", "dispatcher-password-1", java.util.Set.of(Role.DISPATCHER));
        var forbidden = Api.as(port, "merge-dispatcher", "dispatcher-password-1").post().uri("/api/v1/persons/merges")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("survivorId", ids.get("robert"), "survivorVersion", 1, "mergedId", ids.get("bobby"),
                        "mergedVersion", 1, "reason", "x"))
                .retrieve().toBodilessEntity();
        assertThat(forbidden.getStatusCode().value()).isEqualTo(403);

        assertThat(merge(ids.get("robert"), 1, ids.get("bobby"), 1, "Same person").getStatusCode().value()).isEqualTo(201);
        assertThat(merge(ids.get("robert"), 2, ids.get("bobby"), 1, "again").getStatusCode().value()).isEqualTo(409);
        var correctMerged = admin().put().uri("/api/v1/persons/{id}", ids.get("bobby")).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).body("{\"surname\":\"" + surname + "\"}").retrieve().toEntity(Map.class);
        assertThat(correctMerged.getStatusCode().value()).isEqualTo(409);
        assertThat(correctMerged.getBody().toString()).contains("was merged into person " + ids.get("robert"));
    }

    private static String withPhone(Map<String, Object> person) {
        String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(Map.of(
                "forenames", person.get("forenames"), "surname", person.get("surname"), "aliases", person.get("aliases"),
                "datesOfBirth", person.get("datesOfBirth"), "gender", person.get("gender"),
                "addresses", person.get("addresses"), "warningMarkers", person.get("warningMarkers"),
                "identifiers", concat((List<Object>) person.get("identifiers"), Map.of("type", "PHONE", "value", "07700 900123"))));
        return json;
    }

    private static List<Object> concat(List<Object> list, Object more) {
        List<Object> all = new java.util.ArrayList<>(list);
        all.add(more);
        return all;
    }

    /** The ids a search finds, once the index has caught up (it is fed asynchronously, within a second). */
    private List<Object> searchIds(String q) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        List<Object> ids = List.of();
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> body = admin().get().uri("/api/v1/persons/search?q={q}&limit=20", q).retrieve().body(Map.class);
            ids = ((List<Map<String, Object>>) body.get("results")).stream().map(r -> r.get("id")).toList();
            if (!ids.isEmpty()) {
                try {
                    Thread.sleep(300); // let a pending index change land before judging
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                body = admin().get().uri("/api/v1/persons/search?q={q}&limit=20", q).retrieve().body(Map.class);
                return ((List<Map<String, Object>>) body.get("results")).stream().map(r -> r.get("id")).toList();
            }
        }
        return ids;
    }
}
