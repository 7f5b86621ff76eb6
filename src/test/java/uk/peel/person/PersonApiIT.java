package uk.peel.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

@PeelIntegrationTest
class PersonApiIT {

    private static final String ROBERT = """
            {"forenames":"Robert James","surname":"Smith","datesOfBirth":["1985-12-03"],"gender":"MALE",
             "aliases":[{"forenames":"Bobby","surname":"Smithe","type":"ALIAS"}]}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;

    private RestClient as(String username, String password) {
        return Api.as(port, username, password);
    }

    private RestClient admin() {
        return as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    @Test
    void createsAPersonAndReadsBackTheSameFields() {
        var created = admin().post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).body(ROBERT)
                .retrieve().toEntity(Map.class);

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = (String) created.getBody().get("id");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/persons/" + id);
        assertThat(created.getBody()).containsEntry("version", 1).containsEntry("surname", "Smith")
                .containsEntry("forenames", "Robert James").containsEntry("gender", "MALE")
                .containsEntry("datesOfBirth", List.of("1985-12-03"));
        assertThat((List<?>) created.getBody().get("aliases")).singleElement()
                .isEqualTo(Map.of("forenames", "Bobby", "surname", "Smithe", "type", "ALIAS"));

        var read = admin().get().uri("/api/v1/persons/{id}", id).retrieve().toEntity(Map.class);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(read.getBody()).isEqualTo(created.getBody());
    }

    @Test
    void acceptsPartialDatesOfBirth() {
        var created = admin().post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                .body("{\"surname\":\"Okafor\",\"datesOfBirth\":[\"1985\",\"1985-12\"]}").retrieve().toEntity(Map.class);

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("datesOfBirth", List.of("1985", "1985-12"));
    }

    @Test
    void refusesRequestsWithoutCredentials() {
        var response = Api.anonymous(port).post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).body(ROBERT).retrieve().toBodilessEntity();

        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void refusesARoleWithoutThePermission() {
        String dispatcher = TestUsers.withRole(accounts, Role.DISPATCHER);
        long before = countPersons();

        var response = as(dispatcher, TestUsers.PASSWORD).post().uri("/api/v1/persons")
                .contentType(MediaType.APPLICATION_JSON).body(ROBERT).retrieve().toBodilessEntity();

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(countPersons()).isEqualTo(before);
    }

    @Test
    void refusesAnInvalidPersonFieldByFieldAndStoresNothing() {
        long before = countPersons();

        var response = admin().post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"forenames":"R0bert","surname":"","datesOfBirth":["2199-01-01"],
                         "identifiers":[{"type":"NI_NUMBER","value":"not an NI number"}],
                         "addresses":[{"type":"HOME","line1":"1 Talbot Road","postcode":"NOT A POSTCODE"}]}""")
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("field"))
                .contains("forenames", "surname", "datesOfBirth[0]", "identifiers[0].value", "addresses[0].postcode");
        assertThat(errors).allSatisfy(e -> assertThat(e.get("message")).isNotBlank());
        assertThat(countPersons()).isEqualTo(before);
    }

    @Test
    void refusesMalformedJsonNamingTheField() {
        long before = countPersons();

        var response = admin().post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                .body("{\"surname\":\"Smith\",\"datesOfBirth\":[\"1985-13-01\"],\"gender\":\"MALE\"}")
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).as("problem response").containsKey("errors");
        assertThat(response.getBody().get("errors").toString()).contains("datesOfBirth[0]").contains("month 13");
        assertThat(countPersons()).isEqualTo(before);
    }

    @Test
    void correctionCreatesANewVersionAndKeepsTheOldOne() {
        String id = (String) admin().post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).body(ROBERT)
                .retrieve().toEntity(Map.class).getBody().get("id");

        var corrected = admin().put().uri("/api/v1/persons/{id}?reason={r}", id, "surname misspelt")
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .body(ROBERT.replace("\"Smith\"", "\"Smyth\"")).retrieve().toEntity(Map.class);

        assertThat(corrected.getStatusCode().value()).isEqualTo(200);
        assertThat(corrected.getBody()).containsEntry("version", 2).containsEntry("surname", "Smyth");
        List<Map<String, Object>> versions = admin().get().uri("/api/v1/persons/{id}/versions", id).retrieve().body(List.class);
        assertThat(versions).extracting(v -> v.get("version")).containsExactly(2, 1);
        assertThat(versions.get(0)).containsEntry("reason", "surname misspelt");
        Map<String, Object> first = admin().get().uri("/api/v1/persons/{id}/versions/1", id).retrieve().body(Map.class);
        assertThat((Map<String, Object>) first.get("details")).containsEntry("surname", "Smith");
    }

    @Test
    void twoOfficersCorrectingTheSameVersionCannotOverwriteEachOther() {
        String id = (String) admin().post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).body(ROBERT)
                .retrieve().toEntity(Map.class).getBody().get("id");
        var first = admin().put().uri("/api/v1/persons/{id}", id).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).body(ROBERT.replace("\"Smith\"", "\"Smyth\"")).retrieve().toBodilessEntity();

        var second = admin().put().uri("/api/v1/persons/{id}", id).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).body(ROBERT.replace("\"Smith\"", "\"Smithson\"")).retrieve().toEntity(Map.class);

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getBody().get("detail").toString()).contains("version 2");
        assertThat(admin().get().uri("/api/v1/persons/{id}", id).retrieve().body(Map.class)).containsEntry("surname", "Smyth");
    }

    @Test
    void correctionWithoutSayingWhichVersionIsRefused() {
        String id = (String) admin().post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).body(ROBERT)
                .retrieve().toEntity(Map.class).getBody().get("id");

        var response = admin().put().uri("/api/v1/persons/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(ROBERT).retrieve().toBodilessEntity();

        assertThat(response.getStatusCode().value()).isEqualTo(428);
    }

    @Test
    void unknownPersonIsNotFoundAndAMalformedIdIsABadRequest() {
        assertThat(admin().get().uri("/api/v1/persons/{id}", java.util.UUID.randomUUID()).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(404);
        assertThat(admin().get().uri("/api/v1/persons/not-an-id").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void importStoresAcceptedLinesAndNamesEachRejectedLine() {
        String ndjson = String.join("\n",
                ROBERT.replace("\n", ""),
                "{\"surname\":\"\"}",
                "this is not json",
                "",
                "{\"forenames\":\"Margaret\",\"surname\":\"O'Neill\",\"datesOfBirth\":[\"1961\"]}") + "\n";

        Map<String, Object> report = admin().post().uri("/api/v1/persons/import")
                .contentType(MediaType.parseMediaType("application/x-ndjson")).body(ndjson).retrieve().body(Map.class);

        assertThat(report).containsEntry("accepted", 2);
        List<Map<String, Object>> created = (List<Map<String, Object>>) report.get("created");
        assertThat(created).extracting(c -> c.get("line")).containsExactly(1, 5);
        List<Map<String, Object>> rejected = (List<Map<String, Object>>) report.get("rejected");
        assertThat(rejected).extracting(r -> r.get("line")).containsExactly(2, 3);
        assertThat(rejected.get(0).get("errors").toString()).contains("surname");
        for (Map<String, Object> c : created) {
            assertThat(admin().get().uri("/api/v1/persons/{id}", c.get("id")).retrieve().toBodilessEntity()
                    .getStatusCode().value()).isEqualTo(200);
        }
    }

    private long countPersons() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }
}
