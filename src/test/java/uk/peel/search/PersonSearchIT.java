package uk.peel.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import uk.peel.support.TestNames;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

@PeelIntegrationTest
class PersonSearchIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PersonSearch search;


    private String create(String json) {
        return (String) Api.admin(port).post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().body(Map.class).get("id");
    }

    private List<Map<String, Object>> searchFor(RestClient client, String q) {
        Map<String, Object> body = client.get().uri("/api/v1/persons/search?q={q}&limit=10", q).retrieve().body(Map.class);
        return (List<Map<String, Object>>) body.get("results");
    }

    /** Polls for up to a second: the index is fed asynchronously and must catch up within one second. */
    private List<Map<String, Object>> withinOneSecond(String q, String expectedId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(1));
        List<Map<String, Object>> results;
        do {
            results = searchFor(Api.admin(port), q);
            if (!results.isEmpty() && expectedId.equals(results.getFirst().get("id"))) {
                return results;
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(deadline));
        return results;
    }

    @Test
    void aPersonSavedIsFoundWithinOneSecondByAMisspeltNicknameSearchWithTheReasons() throws Exception {
        String surname = TestNames.uniqueSurname("Qu");
        String id = create("""
                {"forenames":"Robert James","surname":"%s","datesOfBirth":["1985-12-03"],"gender":"MALE",
                 "aliases":[{"forenames":"Bobby","surname":"Smithe","type":"ALIAS"}],
                 "warningMarkers":[{"type":"VIOLENT","details":"assaulted an officer"}]}""".formatted(surname));
        String misspelt = surname.substring(0, 3) + surname.charAt(4) + surname.charAt(3) + surname.substring(5);

        List<Map<String, Object>> results = withinOneSecond("bob " + misspelt + " 12/03/1985", id);

        assertThat(results).isNotEmpty();
        Map<String, Object> first = results.getFirst();
        assertThat(first).containsEntry("id", id);
        assertThat((Double) first.get("score")).isGreaterThan(0.5);
        assertThat(first.get("explanation").toString()).contains("Bob is a nickname of Robert").contains("day and month swapped");
        assertThat(first.get("warningMarkers").toString()).contains("VIOLENT");
    }

    @Test
    void importedPeopleAreSearchableWithinOneSecondOfTheResponse() throws Exception {
        String surname = TestNames.uniqueSurname("Qu");
        Map<String, Object> report = Api.admin(port).post().uri("/api/v1/persons/import")
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body("{\"forenames\":\"Margaret\",\"surname\":\"" + surname + "\",\"datesOfBirth\":[\"1961\"]}\n")
                .retrieve().body(Map.class);
        String id = (String) ((List<Map<String, Object>>) report.get("created")).getFirst().get("id");

        assertThat(withinOneSecond("peggy " + surname + " b.1961", id)).first().extracting(r -> r.get("id")).isEqualTo(id);
    }

    @Test
    void aSearchIsAuditedAsAConsultationOfEveryPersonShown() throws Exception {
        String surname = TestNames.uniqueSurname("Qu");
        String id = create("{\"forenames\":\"Ada\",\"surname\":\"" + surname + "\"}");
        withinOneSecond("ada " + surname, id);

        String investigator = TestUsers.withRole(accounts, Role.INVESTIGATOR);
        searchFor(Api.as(port, investigator, TestUsers.PASSWORD), "ada " + surname);

        assertThat(jdbc.sql("""
                        select count(*) from audit_log where username = :user and action = 'CONSULTATION'
                           and record_ids @> array[:id]::text[] and detail like '%search%'""")
                .param("user", investigator).param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rebuildingTheIndexFromTheRecordsKeepsEveryoneFindable() throws Exception {
        String surname = TestNames.uniqueSurname("Qu");
        String id = create("{\"forenames\":\"Grace\",\"surname\":\"" + surname + "\"}");
        withinOneSecond("grace " + surname, id);

        long indexed = search.rebuildIndex();

        // Records merged into another are not searched for: the survivor holds their names.
        assertThat(indexed).isEqualTo(jdbc.sql("select count(*) from person where merged_into is null").query(Long.class).single());
        assertThat(searchFor(Api.admin(port), "grace " + surname)).first().extracting(r -> r.get("id")).isEqualTo(id);
    }

    @Test
    void beforeRecordingAPersonTheApiOffersWhoMayAlreadyBeOnRecord() throws Exception {
        String surname = TestNames.uniqueSurname("Qu");
        String id = create("{\"forenames\":\"Margaret\",\"surname\":\"" + surname + "\",\"datesOfBirth\":[\"1961-04-02\"]}");
        withinOneSecond("margaret " + surname, id);
        long before = jdbc.sql("select count(*) from person").query(Long.class).single();

        Map<String, Object> body = Api.admin(port).post().uri("/api/v1/persons/likely-matches")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"forenames\":\"Peggy\",\"surname\":\"" + surname + "\",\"datesOfBirth\":[\"1961-02-04\"]}")
                .retrieve().body(Map.class);

        List<Map<String, Object>> results = (List<Map<String, Object>>) body.get("results");
        assertThat(results).first().extracting(r -> r.get("id")).isEqualTo(id);
        assertThat(results.getFirst().get("explanation").toString()).contains("Peggy is a nickname of Margaret");
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void searchNeedsThePermissionAndSomethingToSearchFor() {
        assertThat(Api.anonymous(port).get().uri("/api/v1/persons/search?q=smith").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(401);
        assertThat(Api.admin(port).get().uri("/api/v1/persons/search?q={q}", " ").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(400);
        assertThat(Api.admin(port).get().uri("/api/v1/persons/search?q={q}", "!!! ???").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(400);
    }
}
